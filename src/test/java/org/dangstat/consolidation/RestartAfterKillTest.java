package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.support.Township.newMember;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed in the middle of a file (as kill -9 would: the JVM halts inside the file's
 * transaction) and run again ends in exactly the state of a clean run.
 */
class RestartAfterKillTest {

  @TempDir Path tmp;

  @Test
  void aKilledRunResumesAndEndsLikeACleanRun() throws Exception {
    Township township = new Township(tmp.resolve("inbox")).orgUnits();
    // 3 branches × 16 quarters = 48 files: a transaction's worth in at least one worker
    for (int b = 1; b <= 3; b++) {
      for (int q = 1; q <= 16; q++) {
        List<String> rows = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
          String person = id(String.format("19%02d0%d1%d", 50 + p, 1 + q % 9, b), p * 2 + 1);
          rows.add(p % 5 == 0 && q > 12 ? newMember(person, "新" + p) : member(person, "老" + p));
        }
        township.branchFile(String.format("TS-00%d_%dQ%d.csv", b, 2023 + (q - 1) / 4, 1 + (q - 1) % 4), rows);
      }
    }
    String killedDb = TestDatabase.fresh();
    Path killedData = tmp.resolve("killed");

    var builder = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
        "org.dangstat.cli.Dangstat", "consolidate", "--inbox", township.inbox().toString(),
        "--db", killedDb, "--data", killedData.toString())
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("child.log").toFile());
    builder.environment().put("DANGSTAT_FAULT", "halt-after-copy:"
        + (ConsolidationJobConfig.FILES_PER_TRANSACTION * ConsolidationJobConfig.WORKERS + 4));
    Process child = builder.start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isEqualTo(137);
    try (var w = new Warehouse(killedDb)) {
      // the first transaction's files are in, the interrupted one's are not
      assertThat(w.dsl.fetchCount(org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION)).isStrictlyBetween(0, 48);
    }

    var resumed = Cli.consolidate(township.inbox(), killedDb, killedData);
    assertThat(resumed.exitCode()).isZero();
    assertThat(resumed.out()).contains("续跑 resumed").containsPattern("接收 accepted\\s+49");

    String cleanDb = TestDatabase.fresh();
    Path cleanData = tmp.resolve("clean");
    Files.createDirectories(cleanData);
    Files.copy(killedData.resolve("id-hash.key"), cleanData.resolve("id-hash.key"));
    assertThat(Cli.consolidate(township.inbox(), cleanDb, cleanData).exitCode()).isZero();

    assertThat(state(killedDb)).isEqualTo(state(cleanDb));
  }

  /** Everything that matters, without ids and times. */
  private static String state(String db) throws Exception {
    try (var w = new Warehouse(db)) {
      return w.dsl.fetch("""
          select s.kind, s.file_name, s.status, s.content_hash, s.rows_total, s.rows_loaded, s.errors, s.warnings
          from warehouse.submission s order by s.file_name""").formatCSV()
          + w.dsl.fetch("""
          select s.file_name, ps.row_no, ps.person_key, ps.stage, ps.probation_on
          from warehouse.person_snapshot ps join warehouse.submission s on s.id = ps.submission_id
          order by 1, 2""").formatCSV()
          + w.dsl.fetch("select person_key, id_masked from warehouse.person order by 1").formatCSV()
          + w.dsl.fetch("select code, name, parent_code from warehouse.v_org_unit order by 1").formatCSV()
          + w.dsl.fetch("select count(*) from warehouse.file_issue").formatCSV();
    }
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
