package org.dangstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangstat.core.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class IndicatorCsvTest {

  @TempDir
  Path dir;

  private List<String> written() throws Exception {
    Table t = IndicatorEngine.compute(Fixture.orgs(), Fixture.measures(), new Period(2026, 4),
        Fixture.plan());
    Path f = dir.resolve("indicators.csv");
    IndicatorCsv.write(t, f);
    byte[] bytes = Files.readAllBytes(f);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    return List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
  }

  private String line(List<String> lines, String org, String key) {
    String prefix = org + ",";
    return lines.stream().filter(l -> l.contains("," + prefix) && l.contains("," + key + ","))
        .findFirst().orElseThrow();
  }

  @Test
  void headerBomAndOrder() throws Exception {
    List<String> lines = written();
    assertThat(lines.get(0))
        .isEqualTo("period,org_code,org_name,org_level,indicator,numerator,denominator,value,target,status");
    int keys = IndicatorCatalog.standard().keys().size();
    assertThat(lines).hasSize(1 + 6 * keys);
    assertThat(lines.get(1)).isEqualTo("2026Q4,CQ,城桥镇党委,党委,members_total,33,,33,,");
    assertThat(lines.get(1 + keys)).startsWith("2026Q4,CQ-001,城东社区党支部,党支部,members_total,");
  }

  @Test
  void numbersIntegersAndFourDecimals() throws Exception {
    List<String> lines = written();
    assertThat(line(lines, "CQ", "new_female_share"))
        .isEqualTo("2026Q4,CQ,城桥镇党委,党委,new_female_share,3,6,0.5000,min 0.30,met");
    assertThat(line(lines, "CQ", "female_share")).endsWith(",female_share,10,33,0.3030,,");
    assertThat(line(lines, "CQ", "activist_candidate_ratio"))
        .endsWith(",9,2,4.5000,min 4.7,near");
    assertThat(line(lines, "CQ", "net_growth_rate")).endsWith(",4,29,0.1379,max 0.10,missed");
    assertThat(line(lines, "CQ-001", "new_members")).endsWith(",new_members,4,,4,quota 3,over");
    assertThat(line(lines, "CQ-100", "members_total")).contains(",党总支,");
  }

  @Test
  void emptyCells() throws Exception {
    List<String> lines = written();
    assertThat(line(lines, "CQ-002", "new_female_share")).endsWith(",new_female_share,0,0,,,");
    assertThat(line(lines, "CQ-102", "members_total")).endsWith(",members_total,,,,,");
    assertThat(line(lines, "CQ-102", "female_share")).endsWith(",female_share,,,,,");
    assertThat(line(lines, "CQ-102", "submissions_received")).endsWith(",0,,0,,");
    assertThat(line(lines, "CQ-102", "new_members")).endsWith(",new_members,,,,quota 2,");
  }
}
