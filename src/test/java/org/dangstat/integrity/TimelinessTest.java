package org.dangstat.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.dangstat.warehouse.jooq.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 按时报送 (period-checks.md §4): with deadline_days 10, a 2026Q2 file is on time when first
 * received by 2026-07-10. Received times are set by hand (the files really arrive today).
 */
class TimelinessTest {

  @TempDir Path tmp;

  @Test
  void onTimeLateAndMissingBranches() throws IOException, Exception {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    var township = new Township(tmp.resolve("inbox")).orgUnits();
    TwoQuarters.quarter2(township); // TS-001, TS-002, TS-003
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      var s = Tables.SUBMISSION;
      received(w, "TS-001_2026Q2.csv", "2026-07-10T23:30:00");  // the last day: on time
      received(w, "TS-002_2026Q2.csv", "2026-07-11T08:00:00");  // a day late
      w.dsl.deleteFrom(Tables.PERSON_SNAPSHOT).where(Tables.PERSON_SNAPSHOT.SUBMISSION_ID.in(
          w.dsl.select(s.ID).from(s).where(s.FILE_NAME.eq("TS-003_2026Q2.csv")))).execute();
      w.dsl.deleteFrom(s).where(s.FILE_NAME.eq("TS-003_2026Q2.csv")).execute(); // TS-003 missing
    }
    Path plan = tmp.resolve("plan.yml");
    Files.writeString(plan, "year: 2026\norg: TS\nplanned_new: 1\ndeadline_days: 10\nbranches:\n  TS-001: 1\n");
    assertThat(Cli.run("analyze", "--period", "2026Q2", "--plan", plan.toString(), "--out", tmp.resolve("out").toString(),
        "--db", db, "--data", data.toString()).exitCode()).isZero();
    Path out = tmp.resolve("out/2026Q2");
    var completeness = ConsistencyTest.read(out.resolve("completeness.csv"));
    assertThat(completeness).extracting(r -> r.get("org_code") + "|" + r.get("status") + "|" + r.get("on_time"))
        .containsExactly("TS-001|accepted|yes", "TS-002|accepted|no", "TS-003|missing|");
    var indicators = ConsistencyTest.read(out.resolve("indicators.csv"));
    assertThat(ConsistencyTest.value(indicators, "TS", "submissions_on_time")).isEqualTo("1");
    assertThat(ConsistencyTest.value(indicators, "TS-Z1", "submissions_on_time")).isEqualTo("0");
    assertThat(ConsistencyTest.value(indicators, "TS-001", "submissions_on_time")).isEqualTo("1");
    assertThat(Files.readString(out.resolve("report.html"))).contains("逾期报送").contains("二社区党支部")
        .contains("2026-07-10");
  }

  private static void received(Warehouse w, String file, String localTime) {
    var s = Tables.SUBMISSION;
    OffsetDateTime t = java.time.LocalDateTime.parse(localTime).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    w.dsl.update(s).set(s.RECEIVED_AT, t).set(s.ACCEPTED_AT, t).where(s.FILE_NAME.eq(file)).execute();
  }
}
