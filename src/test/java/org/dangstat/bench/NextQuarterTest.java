package org.dangstat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangstat.core.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's next quarter: the same files for the next period, one in ten missing its last person. */
class NextQuarterTest {

  @TempDir Path tmp;

  @Test
  void dropsTheLastRowOnlyAndNeverTheHeader() throws Exception {
    assertThat(withoutLastRow("姓名,身份证号\r\n张三,1\r\n李四,2\r\n")).isEqualTo("姓名,身份证号\r\n张三,1\r\n");
    assertThat(withoutLastRow("姓名,身份证号\n张三,1")).isEqualTo("姓名,身份证号\n");
    assertThat(withoutLastRow("姓名,身份证号\n")).isEqualTo("姓名,身份证号\n");
    assertThat(withoutLastRow("姓名,身份证号")).isEqualTo("姓名,身份证号");
    assertThat(withoutLastRow("")).isEmpty();
  }

  @Test
  void findsTheLastRowOfAFileLargerThanItsBlocksWithoutReadingItWhole() throws Exception {
    StringBuilder csv = new StringBuilder("姓名,身份证号\n");
    for (int i = 0; i < 20_000; i++) {
      csv.append("张三").append(i).append(",330106").append(i).append("\n"); // ~300 kB: several blocks
    }
    String kept = csv.toString();
    assertThat(withoutLastRow(kept + "李四,2\n\n")).isEqualTo(kept);
  }

  @Test
  void namesTheBranchFilesForTheNextPeriodAndThinsOneInTen() throws Exception {
    Path inbox = tmp.resolve("inbox");
    Files.createDirectories(inbox);
    Files.writeString(inbox.resolve("orgunits.csv"), "code\n");
    for (int i = 0; i < 20; i++) {
      Files.writeString(inbox.resolve(String.format("CQ-%03d_2025Q4.csv", i)), "h\na\nb\n");
    }

    NextQuarter.copy(inbox, tmp.resolve("next"), new Period(2025, 4), new Period(2026, 1));

    assertThat(Files.readString(tmp.resolve("next/orgunits.csv"))).isEqualTo("code\n");
    assertThat(tmp.resolve("next/CQ-000_2025Q4.csv")).doesNotExist();
    long thinned = 0;
    for (int i = 0; i < 20; i++) {
      String copy = Files.readString(tmp.resolve(String.format("next/CQ-%03d_2026Q1.csv", i)));
      assertThat(copy).isIn("h\na\nb\n", "h\na\n");
      thinned += copy.equals("h\na\n") ? 1 : 0;
    }
    assertThat(thinned).isEqualTo(20 / NextQuarter.VANISHING_EVERY);
  }

  private String withoutLastRow(String csv) throws Exception {
    Path file = Files.createTempFile(tmp, "branch", ".csv");
    Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
    Path copy = file.resolveSibling(file.getFileName() + ".copy");
    NextQuarter.copyWithoutLastRow(file, copy);
    return Files.readString(copy, StandardCharsets.UTF_8);
  }
}
