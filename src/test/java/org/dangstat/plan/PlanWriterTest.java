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
