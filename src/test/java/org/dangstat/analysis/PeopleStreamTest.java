package org.dangstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.compliance.PersonFacts;
import org.dangstat.core.Period;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The compliance check streams a county's people ({@link AnalysisRepository#forEachPerson}), also
 * from a thread that has no transaction of its own (the second half). PgJDBC reads by cursor, a
 * fetch size at a time, only inside a transaction; in autocommit it reads the whole result into
 * memory before the first row. So while the first person is handled, the backend that sends them
 * must still hold the stream open ("idle in transaction"), not be done with it ("idle").
 */
class PeopleStreamTest {

  @TempDir Path tmp;

  @Test
  void streamsByCursorOnAThreadWithoutATransaction() throws Exception {
    String db = TestDatabase.fresh();
    List<String> rows = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      rows.add(Township.newMember(Township.id("19950101", i), "李" + i));
    }
    var township = new Township(tmp.resolve("inbox")).orgUnits().branchFile("TS-001_2026Q1.csv", rows);
    var run = Cli.consolidate(township.inbox(), db, tmp.resolve("data"));
    assertThat(run.exitCode()).as(run.err()).isZero();

    var source = new PGSimpleDataSource();
    source.setURL(db);
    var repository = new AnalysisRepository(DSL.using(source, SQLDialect.POSTGRES));
    Period period = new Period(2026, 1);
    List<String> names = new ArrayList<>();
    List<String> streamState = new ArrayList<>();
    try (Connection watcher = DriverManager.getConnection(db)) {
      repository.forEachPerson(period, DSL.trueCondition(), repository.submissionIds(period), (PersonFacts p) -> {
        if (names.isEmpty()) {
          streamState.add(stateOfTheStream(watcher));
        }
        names.add(p.name());
      });
    }
    assertThat(names).containsExactlyInAnyOrder("李1", "李2", "李3", "李4", "李5");
    assertThat(streamState).containsExactly("idle in transaction");
  }

  private static String stateOfTheStream(Connection watcher) {
    try (var st = watcher.prepareStatement("select state from pg_stat_activity where datname = current_database()"
        + " and pid <> pg_backend_pid() and query like '%id_masked%' and query not like '%pg_stat_activity%'")) {
      try (var rs = st.executeQuery()) {
        assertThat(rs.next()).as("the backend that streamed the people").isTrue();
        return rs.getString(1);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
