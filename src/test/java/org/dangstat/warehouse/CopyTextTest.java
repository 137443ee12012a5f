package org.dangstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CopyTextTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Ends the line into the stream, and returns what the stream got as text. */
  private String line(CopyText copy) throws IOException {
    out.reset();
    copy.endLine(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesEveryKindOfValueInCopyTextFormat() throws IOException {
    String line = line(new CopyText().number(42).number(-7).number(0).text("张三").text(null)
        .date(LocalDate.of(2014, 6, 1)).date(null).bool(true).bool(false).bool(null));
    assertThat(line).isEqualTo("42\t-7\t0\t张三\t\\N\t2014-06-01\t\\N\tt\tf\t\\N\n");
  }

  @Test
  void escapesTheCharactersCopyGivesMeaningTo() throws IOException {
    assertThat(line(new CopyText().text("a\\b\tc\nd\re"))).isEqualTo("a\\\\b\\tc\\nd\\re\n");
  }

  @Test
  void encodesUtf8LikeJavaIncludingCharactersOutsideTheBasicPlane() throws Exception {
    String text = "é 党支部 𠀀 ok"; // 2-, 3- and 4-byte UTF-8
    var out = new ByteArrayOutputStream();
    new CopyText().text(text).endLine(out);
    assertThat(out.toByteArray()).isEqualTo((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theBufferGrowsForLongLinesAndEmptiesAfterEach() throws IOException {
    var copy = new CopyText();
    String longText = "名".repeat(2000);
    assertThat(line(copy.text(longText))).isEqualTo(longText + "\n");
    assertThat(line(copy.number(1))).isEqualTo("1\n");
  }
}
