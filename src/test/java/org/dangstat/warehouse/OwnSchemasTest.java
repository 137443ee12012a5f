package org.dangstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway manages only dangstat's schemas: a database with other tables works, old warehouses move. */
class OwnSchemasTest {

  @TempDir Path tmp;

  @Test
  void aDatabaseWithATableInPublicWorks() throws Exception {
    String db = TestDatabase.fresh();
    sql(db, "create table public.members (id int primary key, name text)", "insert into public.members values (1, '王一')");

    var run = consolidate(db);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("接收 accepted");
    assertThat(tables(db, "public")).containsExactly("members");
    assertThat(tables(db, MigrationHistory.SCHEMA)).containsExactly("flyway_schema_history");
  }

  @Test
  void aWarehouseWhoseHistoryIsInPublicKeepsWhatItApplied() throws Exception {
    String db = TestDatabase.fresh();
    // as dangstat used to migrate: Flyway's defaults, its history in public
    Flyway.configure().dataSource(db, null, null).locations("classpath:db/migration").load().migrate();
    List<String> before = history(db, "public");
    assertThat(before).isNotEmpty();

    var run = consolidate(db);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(tables(db, "public")).isEmpty();
    // every migration applied before is still recorded as applied, with its checksum and date
    assertThat(history(db, MigrationHistory.SCHEMA)).startsWith(before.toArray(String[]::new));
    assertThat(consolidate(db).exitCode()).isZero();
  }

  @Test
  void anotherApplicationsHistoryInPublicIsLeftAlone() throws Exception {
    String db = TestDatabase.fresh();
    sql(db, "create table public.flyway_schema_history (installed_rank int primary key, version varchar(50), "
        + "description varchar(200), type varchar(20), script varchar(1000), checksum int, installed_by varchar(100), "
        + "installed_on timestamp default now(), execution_time int, success boolean)",
        "insert into public.flyway_schema_history values (1, '1', 'other', 'SQL', 'V1__other_app.sql', 7, 'x', now(), 1, true)");

    var run = consolidate(db);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(history(db, "public")).containsExactly("1 V1__other_app.sql 7");
  }

  @Test
  void aDatabaseThatDoesNotExistIsSaidInChineseWithItsCode() throws Exception {
    String db = TestDatabase.fresh().replaceFirst("/(dangstat_test_[0-9_]+)", "/$1_missing");

    var run = consolidate(db);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("数据库不存在", "DB_MISSING").doesNotContain("PSQLException", "\tat ", "Exception:");
  }

  private Cli.Result consolidate(String db) throws Exception {
    Path inbox = tmp.resolve("inbox");
    if (!Files.exists(inbox)) {
      Files.createDirectories(inbox);
      try (var samples = Files.list(Path.of("src/test/resources/samples"))) {
        for (Path p : (Iterable<Path>) samples::iterator) {
          Files.copy(p, inbox.resolve(p.getFileName()));
        }
      }
    }
    return Cli.consolidate(inbox, db, tmp.resolve("data"));
  }

  private static void sql(String db, String... statements) throws Exception {
    try (var c = DriverManager.getConnection(db); var st = c.createStatement()) {
      for (String s : statements) {
        st.execute(s);
      }
    }
  }

  private static List<String> tables(String db, String schema) throws Exception {
    try (var c = DriverManager.getConnection(db)) {
      return DSL.using(c).select(DSL.field("table_name", String.class)).from("information_schema.tables")
          .where(DSL.field("table_schema").eq(schema)).orderBy(DSL.field("table_name")).fetch(r -> r.value1());
    }
  }

  private static List<String> history(String db, String schema) throws Exception {
    try (var c = DriverManager.getConnection(db)) {
      return DSL.using(c).fetch("select version, script, checksum, installed_on from " + schema
          + ".flyway_schema_history order by installed_rank").map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2)
          + (schema.equals("public") && r.get(1).toString().startsWith("V1__other") ? "" : " " + r.get(3)));
    }
  }
}
