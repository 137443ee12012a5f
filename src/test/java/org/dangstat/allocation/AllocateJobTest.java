package org.dangstat.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.PlanReader;
import org.dangstat.support.Cli;
import org.dangstat.support.HandCountedTownship;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** allocate end to end: the hand-counted township's pipeline, a draft that analyze accepts. */
class AllocateJobTest {

  @TempDir Path tmp;

  @Test
  void draftsWithinCapacityAndTheDraftIsAPlanAnalyzeAccepts() throws Exception {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    Township township = new Township(tmp.resolve("inbox")).orgUnits();
    HandCountedTownship.write(township, tmp.resolve("plan.yml"));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    // TS-001: 1 candidate + 2 activists ready by 2027-06-30 = capacity 3; TS-002/003 have < 3 full members
    var result = Cli.run("allocate", "--year", "2027", "--total", "5", "--plan", tmp.resolve("plan.yml").toString(),
        "--out", tmp.resolve("out").toString(), "--db", db, "--data", data.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("依据 2026Q4 名册");
    Path dir = tmp.resolve("out/allocation-2027");
    var draft = PlanReader.read(dir.resolve("plan-2027.draft.yml"), IndicatorCatalog.standard().keySet(),
        Set.of("TS-001", "TS-002", "TS-003"));
    assertThat(draft.plannedNew()).isEqualTo(3);
    assertThat(draft.branches()).containsExactly(java.util.Map.entry("TS-001", 3));
    assertThat(draft.targets()).containsKey("new_female_share");
    String csv = Files.readString(dir.resolve("allocation.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("TS-002").contains("正式党员不足3名");
    assertThat(dir.resolve("allocation.xlsx")).exists();
    assertThat(dir.resolve("allocation.html")).exists();

    var analyze = Cli.run("analyze", "--period", "2026", "--plan", dir.resolve("plan-2027.draft.yml").toString(),
        "--out", tmp.resolve("out").toString(), "--db", db, "--data", data.toString());
    assertThat(analyze.exitCode()).isZero();
  }

  @Test
  void withoutSnapshotsOfTheYearBeforeItSaysSo() {
    String db = TestDatabase.fresh();
    var result = Cli.run("allocate", "--year", "2030", "--total", "5", "--out", tmp.resolve("out").toString(),
        "--db", db, "--data", tmp.resolve("data").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("NO_SNAPSHOTS");
  }
}
