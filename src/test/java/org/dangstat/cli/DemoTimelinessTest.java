package org.dangstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangstat.demo.Deliveries;
import org.dangstat.demo.DemoOptions;
import org.dangstat.demo.DemoTownship;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo replays the year's nightly runs: in its report the branches of the last quarter are
 * on time, except the two or three planned to send late (period-checks.md §4).
 */
class DemoTimelinessTest {

  @TempDir Path tmp;

  @Test
  void completenessOfTheLastQuarterHasThePlannedLateBranchesLateAndTheOthersOnTime() throws IOException {
    var result = Cli.run("demo", "--seed", "11", "--year", "2025", "--out", tmp.resolve("out").toString(),
        "--db", TestDatabase.fresh());
    assertThat(result.exitCode()).as(result.err()).isZero();
    var planned = Deliveries.plan(DemoTownship.generate(tmp.resolve("again"), DemoOptions.standard(11, 2025)));
    List<String> late = planned.late().stream().map(Deliveries.Late::branch).sorted().toList();
    assertThat(late).hasSizeBetween(2, 3);
    planned.late().forEach(l -> assertThat(result.out()).contains("late     " + l));

    for (String period : List.of("2025Q4", "2025")) {
      Map<String, String> onTime = onTime(tmp.resolve("out").resolve(period).resolve("completeness.csv"));
      assertThat(onTime).hasSize(40);
      assertThat(onTime.entrySet().stream().filter(e -> e.getValue().equals("no")).map(Map.Entry::getKey).toList())
          .as(period).isEqualTo(late);
      assertThat(onTime.values()).as(period).containsOnly("yes", "no");
    }
  }

  /** org_code → on_time of a completeness.csv. */
  private static Map<String, String> onTime(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
    int code = header.indexOf("org_code");
    int onTime = header.indexOf("on_time");
    Map<String, String> out = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      out.put(cells[code], cells[onTime]);
    }
    return out;
  }
}
