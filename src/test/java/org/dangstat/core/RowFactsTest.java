package org.dangstat.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.dangstat.demo.DemoOptions;
import org.dangstat.demo.DemoTownship;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts the load stores with each row (Java, {@link RowFacts}) are those the SQL of
 * V9__stored_facts.sql gives the rows loaded before it: on every row of the demo's five quarters
 * (members, the pipeline, leavers, transfers, new members, every age), the stored facts are
 * cleared, the migration's update recomputes them, and each must come back as it was, nulls
 * included (a count that tests a fact's negation must find what the pass found before).
 */
class RowFactsTest {

  private static final String FACTS = "member_at_d, not_full_at_d, female, minority, age_band_at_d, new_in_year, "
      + "age_band_admitted, education_no, probation_outcome, stage_at_d, under35_at_d, new_in_stage, left_member, "
      + "transferred_in_year, youth_activist";

  @TempDir Path tmp;

  @Test
  void theLoadStoresWhatTheMigrationsSqlDerivesOnEveryRow() throws Exception {
    String db = TestDatabase.fresh();
    DemoTownship.generate(tmp.resolve("inbox"), DemoOptions.standard(7, 2025));
    var run = Cli.consolidate(tmp.resolve("inbox"), db, tmp.resolve("data"));
    assertThat(run.exitCode()).as(run.err()).isZero();

    try (Connection c = DriverManager.getConnection(db)) {
      DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
      dsl.execute("create table public.stored as select submission_id, row_no, " + FACTS + " from warehouse.person_snapshot");
      // the facts vary: every kind of person is there, and each fact is true of some and not of others
      for (String fact : FACTS.split(", ")) {
        assertThat(count(dsl, "select count(distinct " + fact + ") from public.stored"))
            .as(fact).isGreaterThanOrEqualTo(2);
      }
      assertThat(count(dsl, "select count(distinct age_band_at_d) from public.stored")).isGreaterThan(6);

      dsl.execute("update warehouse.person_snapshot set (" + FACTS + ") = (" + FACTS.replaceAll("\\w+", "null") + ")");
      dsl.execute(backfill());

      long rows = count(dsl, "select count(*) from public.stored");
      long differ = count(dsl, "select count(*) from warehouse.person_snapshot p join public.stored s "
          + "using (submission_id, row_no) where (" + qualified("p") + ") is distinct from (" + qualified("s") + ")");
      assertThat(rows).isGreaterThan(5_000);
      assertThat(differ).as("rows whose stored facts differ from the SQL's").isZero();
    }
  }

  private static long count(DSLContext dsl, String sql) {
    return ((Number) dsl.fetchValue(sql)).longValue();
  }

  private static String qualified(String alias) {
    return FACTS.replaceAll("(\\w+)", alias + ".$1");
  }

  /** The update of V9, between its markers for jOOQ's parser. */
  private static String backfill() throws Exception {
    String sql = Files.readString(Path.of("sql/V9__stored_facts.sql"), StandardCharsets.UTF_8);
    String start = "/* [jooq ignore start] */";
    return sql.substring(sql.indexOf(start) + start.length(), sql.indexOf("/* [jooq ignore stop] */"));
  }
}
