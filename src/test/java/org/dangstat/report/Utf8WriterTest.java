package org.dangstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The workbook's sheet writer must write exactly the bytes Java's own UTF-8 encoder writes. */
class Utf8WriterTest {

  @Test
  void writesWhatJavasEncoderWrites() throws Exception {
    String[] samples = {"<c r=\"A1\" t=\"inlineStr\">", "城桥街道党工委 第一党支部", "𠀋𡈽 emoji 😀 end",
        "lone \uD800 high", "lone \uDC00 low", "high at the end \uD83D", "ÄÖü ĳ ǅ", ""};
    for (String s : samples) {
      assertThat(written(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aLongTextCrossesTheBufferIntact() throws Exception {
    String s = "党员队伍结构😀abc".repeat(20_000);
    assertThat(written(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void bytesAlreadyEncodedFollowWhatWasWrittenBeforeThem() throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var w = new Utf8Writer(bytes)) {
      w.write("a\uD83D"); // a high half with no low half after it
      w.writeUtf8("城b".getBytes(StandardCharsets.UTF_8));
      w.write("c");
    }
    assertThat(bytes.toByteArray()).isEqualTo("a\uD83D城bc".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void numbersWrittenInPlaceReadAsTheirStrings() throws Exception {
    int[] numbers = {0, 7, 9, 10, 99, 100, 1_048_576, 999_999_999, Integer.MAX_VALUE, -1, Integer.MIN_VALUE};
    var bytes = new ByteArrayOutputStream();
    var expected = new StringBuilder();
    try (var w = new Utf8Writer(bytes)) {
      for (int round = 0; round < 7_000; round++) { // past the buffer's end, more than once
        for (int n : numbers) {
          w.writeDecimal(n);
          w.write(',');
          expected.append(n).append(',');
        }
      }
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  private static byte[] written(String s) throws Exception {
    var bytes = new ByteArrayOutputStream();
    try (var w = new Utf8Writer(bytes)) {
      // as POI writes: single chars, slices of strings and of arrays
      int third = s.length() / 3;
      w.write(s, 0, third);
      for (int i = third; i < 2 * third; i++) {
        w.write(s.charAt(i));
      }
      char[] rest = s.substring(2 * third).toCharArray();
      w.write(rest, 0, rest.length);
    }
    return bytes.toByteArray();
  }
}
