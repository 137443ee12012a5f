package org.dangstat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangstat.plan.Target.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanWriterTest {

  @TempDir
  Path dir;

  @Test
  void theSpecExampleRoundTrips() throws Exception {
    Plan p = PlanReader.read(PlanReaderTest.example(), PlanReaderTest.KEYS, null);
    Path out = dir.resolve("plan-2027.yml");
    PlanWriter.write(p, out);
    assertThat(PlanReader.read(out, PlanReaderTest.KEYS, null)).isEqualTo(p);
    String text = Files.readString(out);
    assertThat(text).contains("new_female_share: {min: 0.30}")
        .contains("net_growth_rate: {max: 0.015}")
        .contains("activist_candidate_ratio: {min: 3.0}")
        .contains("# 新发展党员中女性占比 不低于")
        .contains("  CQ-001: 2\n");
  }

  @Test
  void rangesSubQuotasServicePointsAndBranchNotesRoundTrip() throws Exception {
    Plan p = Plan.of(2027, "CQ", 48, 0.05, Map.of("new_members_change_rate", new Target(Kind.MAX, -0.228)),
        Map.of("CQ-001", 48), Map.of("CQ-001", Map.of("new_activists", Target.range(1, 2))), 10,
        new LinkedHashMap<>(Map.of("student", 20)), 60.0);
    Path out = dir.resolve("plan-2027.yml");
    PlanWriter.write(p, Map.of("CQ-001", "其中学生20名"), out);
    String text = Files.readString(out);
    assertThat(text).contains("new_members_change_rate: {max: -0.228}").contains("new_activists: {min: 1.0, max: 2.0}")
        .contains("sub_quotas:").contains("  student: 20").contains("# 其中学生20名")
        .contains("# 发展党员数比上年增减 比上年下降22.8%").contains("# 新确定入党积极分子数 1至2名")
        .contains("service_points_min: 60").contains("  CQ-001: 48").contains("# 其中学生20名");
    assertThat(PlanReader.read(out, PlanReaderTest.KEYS, null)).isEqualTo(p);
  }

  @Test
  void oddCodesBranchTargetsAndEmptyMapsRoundTrip() throws Exception {
    Map<String, Integer> branches = new LinkedHashMap<>();
    branches.put("001", 4);
    branches.put("CQ-002", 0);
    branches.put("yes", 1);
    Plan p = Plan.of(2027, "Ö \"town\"", 6, 0.1, Map.of(),
        branches, Map.of("CQ-002", Map.of("members_total", new Target(Kind.APPROX, 120))));
    Path out = dir.resolve("p.yml");
    PlanWriter.write(p, out);
    Plan back = PlanReader.read(out, PlanReaderTest.KEYS, null);
    assertThat(back).isEqualTo(p);
    assertThat(back.warnings()).hasSize(1);
    Plan empty = Plan.of(2027, "CQ", 0, 0.05, Map.of(), Map.of(), Map.of());
    PlanWriter.write(empty, out);
    assertThat(PlanReader.read(out, PlanReaderTest.KEYS, null)).isEqualTo(empty);
  }
}
