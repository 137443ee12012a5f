package org.dangstat.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.dangstat.warehouse.jooq.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locking a published period (period-checks.md §3): lock → a later file rejected with
 * PERIOD_LOCKED → the analysis byte for byte as at locking → unlock → the same file accepted;
 * and {@code analyze --as-of} before and after a superseding file.
 */
class LockTest {

  static final List<String> SEALED = List.of("indicators.csv", "completeness.csv", "compliance.csv",
      "consistency.csv");

  @TempDir Path tmp;
  String db;
  Path data;
  Township township;
  Path plan;

  @BeforeEach
  void setUp() throws IOException {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    township = new Township(tmp.resolve("inbox")).orgUnits();
    plan = tmp.resolve("plan.yml");
    Files.writeString(plan, "year: 2026\norg: TS\nplanned_new: 1\ndeadline_days: 10\nbranches:\n  TS-001: 1\n");
    TwoQuarters.quarter1(township);
    TwoQuarters.quarter2(township);
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
  }

  @Test
  void lockedPeriodRejectsLaterFilesKeepsItsFiguresAndReopensOnUnlock() throws Exception {
    Path before = analyze("before", null);
    var lock = run("lock", "--period", "2026Q2", "--reason", "半年通报已印发");
    assertThat(lock.exitCode()).isZero();
    Path locked = analyze("locked", null);
    assertSameBytes(before, locked);

    // a correction of TS-002 and a first file of... TS-002 again, after the lock
    township.branchFile("TS-002_2026Q2.csv", List.of(
        TwoQuarters.member(TwoQuarters.JIANG, "蒋一五", "2001-07-01", "2002-07-01"),
        TwoQuarters.transferredIn(TwoQuarters.member(TwoQuarters.CHEN, "陈四", "2005-07-01", "2006-07-01"),
            "2026-04-15"),
        TwoQuarters.member(Township.id("19810101", 27), "新一七", "2005-07-01", "2006-07-01")));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      var s = Tables.SUBMISSION;
      var files = w.dsl.selectFrom(s).where(s.FILE_NAME.eq("TS-002_2026Q2.csv")).orderBy(s.ID).fetch();
      assertThat(files).extracting(r -> r.getStatus()).containsExactly("accepted", "rejected");
      String report = Files.readString(Path.of(files.get(1).getErrorReportPath()));
      assertThat(report).contains("PERIOD_LOCKED").contains("期间2026Q2已于").contains("请联系党委解除封存");
    }
    Path after = analyze("after", null);
    assertSameBytes(locked, after); // whatever arrived since

    var refused = run("unlock", "--period", "2026Q2");
    assertThat(refused.exitCode()).isEqualTo(2); // the reason is required
    assertThat(run("unlock", "--period", "2026Q2", "--reason", "二社区支部补报一名转入党员").exitCode()).isZero();
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      var s = Tables.SUBMISSION;
      assertThat(w.dsl.selectFrom(s).where(s.FILE_NAME.eq("TS-002_2026Q2.csv")).orderBy(s.ID).fetch())
          .extracting(r -> r.getStatus()).containsExactly("superseded", "rejected", "accepted");
      var events = w.dsl.selectFrom(Tables.PERIOD_LOCK_EVENT).orderBy(Tables.PERIOD_LOCK_EVENT.ID).fetch();
      assertThat(events).extracting(e -> e.getAction()).containsExactly("lock", "unlock");
      assertThat(events).extracting(e -> e.getOsUser()).containsOnly(System.getProperty("user.name"));
      assertThat(events.get(0).getReason()).isEqualTo("半年通报已印发");
    }
    Path reopened = analyze("reopened", null);
    assertThat(ConsistencyTest.value(ConsistencyTest.read(reopened.resolve("indicators.csv")), "TS-002",
        "members_total")).isEqualTo("3");
    var history = run("history", "--period", "2026Q2");
    assertThat(history.out()).contains("封存", "解除封存", "半年通报已印发", "TS-002_2026Q2.csv", "被退回");
    var json = run("history", "--json", "--branch", "TS-002");
    assertThat(json.out()).contains("\"action\":\"lock\"").contains("\"status\":\"rejected\"")
        .contains("\"job\":\"consolidate\"");
  }

  @Test
  void asOfBeforeAndAfterASupersedingFile() throws Exception {
    Thread.sleep(20); // the moment between the two files, distinct from both
    String between = java.time.OffsetDateTime.now().toString();
    Thread.sleep(20);
    township.branchFile("TS-002_2026Q2.csv", List.of(
        TwoQuarters.member(TwoQuarters.JIANG, "蒋一五", "2001-07-01", "2002-07-01")));
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    Path old = analyze("old", between);
    Path now = analyze("now", null);
    String later = java.time.OffsetDateTime.now().plusSeconds(1).toString();
    Path asOfLater = analyze("later", later);
    assertThat(ConsistencyTest.value(ConsistencyTest.read(old.resolve("indicators.csv")), "TS-002", "members_total"))
        .isEqualTo("2");
    assertThat(ConsistencyTest.value(ConsistencyTest.read(now.resolve("indicators.csv")), "TS-002", "members_total"))
        .isEqualTo("1");
    assertSameBytes(now, asOfLater);
    // as of then, 陈四 had moved to TS-002; since the correction he vanished from the tree
    assertThat(Files.readString(old.resolve("consistency.csv"))).doesNotContain("陈四");
    assertThat(Files.readString(now.resolve("consistency.csv"))).contains("陈四");
    assertThat(Files.readString(old.resolve("completeness.csv"))).contains("TS-002_2026Q2.csv");
    String report = Files.readString(old.resolve("report.html"));
    assertThat(report).contains("回溯分析");
  }

  private Path analyze(String name, String asOf) {
    Path out = tmp.resolve(name);
    var args = new java.util.ArrayList<>(List.of("analyze", "--period", "2026Q2", "--plan", plan.toString(),
        "--out", out.toString(), "--db", db, "--data", data.toString()));
    if (asOf != null) {
      args.addAll(List.of("--as-of", asOf));
    }
    assertThat(Cli.run(args.toArray(String[]::new)).exitCode()).isZero();
    return out.resolve("2026Q2");
  }

  private Cli.Result run(String... args) {
    var all = new java.util.ArrayList<>(List.of(args));
    all.addAll(List.of("--db", db, "--data", data.toString()));
    return Cli.run(all.toArray(String[]::new));
  }

  private static void assertSameBytes(Path a, Path b) throws IOException {
    for (String file : SEALED) {
      assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
    }
  }
}
