package org.dangstat.consolidation;

import org.dangstat.app.RunContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.support.Township.newMember;
import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.dangstat.app.WarehouseContext;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.dangstat.warehouse.DatabaseSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run's "now" from the job parameter (the demo replays a year of nightly runs): it is when the
 * files were received, and the day of loading no date may lie after (DATE_IN_FUTURE).
 */
class ConsolidationClockTest {

  @TempDir Path tmp;

  /** Nightly runs at 01:30 in the township's time zone, as the day of loading is counted there. */
  static final OffsetDateTime FEBRUARY = local("2026-02-10T01:30:00");
  static final OffsetDateTime APRIL = local("2026-04-05T01:30:00");

  private static OffsetDateTime local(String t) {
    return java.time.LocalDateTime.parse(t).atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime();
  }

  @Test
  void nowParameterSetsReceivedAtAndTheDayOfLoading() throws Exception {
    String db = TestDatabase.fresh();
    var township = new Township(tmp.resolve("inbox")).orgUnits();
    // 入党日期 2026-02-20: after the February run's day, not after April's
    township.branchFile("TS-001_2026Q1.csv", List.of(newMember(id("20000303", 31), "陈三")));
    township.branchFile("TS-002_2026Q1.csv", List.of(member(id("19650404", 41), "赵四")));
    var run = new RunContext(tmp.resolve("data"), new byte[32],
        new PrintStream(OutputStream.nullOutputStream()), true);
    Path archive = tmp.resolve("data/archive");
    try (var context = WarehouseContext.start(new DatabaseSettings(db, null, null), run)) {
      var launcher = context.getBean(ConsolidationLauncher.class);
      assertThat(launcher.consolidate(township.inbox(), archive, Duration.ZERO, FEBRUARY.toInstant(), null).completed())
          .isTrue();
      try (var w = new Warehouse(db)) {
        assertThat(w.dsl.select(SUBMISSION.RECEIVED_AT).from(SUBMISSION).fetch(r -> r.value1().toInstant()))
            .hasSize(3).containsOnly(FEBRUARY.toInstant());
        assertThat(status(w, "TS-002_2026Q1.csv")).isEqualTo("accepted");
        assertThat(status(w, "TS-001_2026Q1.csv")).isEqualTo("rejected");
        assertThat(w.dsl.select(FILE_ISSUE.CODE, FILE_ISSUE.MESSAGE).from(FILE_ISSUE).join(SUBMISSION)
            .on(SUBMISSION.ID.eq(FILE_ISSUE.SUBMISSION_ID)).where(SUBMISSION.FILE_NAME.eq("TS-001_2026Q1.csv"))
            .fetch(r -> r.value1() + " " + r.value2()))
            .singleElement().asString().startsWith("DATE_IN_FUTURE").contains("2026-02-10");
      }

      // the same register exported again (new bytes, the same people), loaded in April
      Files.write(township.inbox().resolve("TS-001_2026Q1.csv"), new byte[] {'\r', '\n'}, StandardOpenOption.APPEND);
      assertThat(launcher.consolidate(township.inbox(), archive, Duration.ZERO, APRIL.toInstant(), null).completed())
          .isTrue();
      try (var w = new Warehouse(db)) {
        var april = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.FILE_NAME.eq("TS-001_2026Q1.csv"))
            .and(SUBMISSION.STATUS.eq("accepted")).fetchSingle();
        assertThat(april.getReceivedAt().toInstant()).isEqualTo(APRIL.toInstant());
        assertThat(april.getAcceptedAt().toInstant()).isEqualTo(APRIL.toInstant());
        assertThat(april.getErrors()).isZero();
      }
    }
  }

  private static String status(Warehouse w, String file) {
    return w.dsl.select(SUBMISSION.STATUS).from(SUBMISSION).where(SUBMISSION.FILE_NAME.eq(file)).fetchSingle().value1();
  }
}
