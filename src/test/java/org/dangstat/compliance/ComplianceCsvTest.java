package org.dangstat.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceCsvTest {

  @TempDir
  Path dir;

  @Test
  void bomHeaderSortingAndFormulaSafety() throws Exception {
    List<Violation> findings = List.of(
        new Violation("CQ-008", "李四 330106********1234", "SPONSORS", "violation", "b"),
        new Violation("CQ-007", "王建国 330106********123X", "SPONSORS", "violation", "a"),
        new Violation("CQ-007", "", "OVER_QUOTA", "violation", "本年发展党员4名，计划3名，计划外发展1名"),
        new Violation("CQ-007", "=HYPERLINK(\"x\") 330106********0000", "INTRODUCERS", "violation",
            "-1名"),
        new Violation("CQ-007", "张三 330106********5678", "PROBATION_OVERDUE", "warning", "已1年4个月"),
        new Violation("CQ-007", "@张三 330106********9999", "SPONSORS", "violation", "+c"));
    Path out = dir.resolve("compliance.csv");
    ComplianceCsv.write(findings, out);

    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("\uFEFForg_code,person,rule,detail");
    assertThat(lines.subList(1, lines.size())).containsExactly(
        "CQ-007,\"'=HYPERLINK(\"\"x\"\") 330106********0000\",INTRODUCERS,'-1名",
        "CQ-007,,OVER_QUOTA,本年发展党员4名，计划3名，计划外发展1名",
        "CQ-007,张三 330106********5678,PROBATION_OVERDUE,【提醒】已1年4个月",
        "CQ-007,'@张三 330106********9999,SPONSORS,'+c",
        "CQ-007,王建国 330106********123X,SPONSORS,a",
        "CQ-008,李四 330106********1234,SPONSORS,b");
  }

  @Test
  void noFindingsStillWritesTheHeader() throws Exception {
    Path out = dir.resolve("compliance.csv");
    ComplianceCsv.write(List.of(), out);
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo("\uFEFForg_code,person,rule,detail\r\n");
  }
}
