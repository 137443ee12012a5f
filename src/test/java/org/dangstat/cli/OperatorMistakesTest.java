package org.dangstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangstat.support.Child;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, defects 4 and 8: an operator's mistakes get a message that says what is wrong. */
class OperatorMistakesTest {

  @TempDir Path tmp;

  @Test
  void dbNotAUrlSaysTheUrlIsMalformedNotUnreachable() {
    var result = Cli.run("consolidate", "--inbox", tmp.toString(), "--db", "notaurl", "--data", tmp.resolve("d").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("DB_URL_MALFORMED").doesNotContain("DB_UNREACHABLE");
    var analyze = Cli.run("analyze", "--period", "2026", "--db", "jdbc:mysql://x/y", "--data", tmp.resolve("d").toString());
    assertThat(analyze.err()).contains("DB_URL_MALFORMED");
  }

  @Test
  void aRegularFileAsInboxIsNotReportedAsAMissingFolder() throws Exception {
    Path file = Files.writeString(tmp.resolve("TS-001_2026Q1.csv"), "x");
    var result = Cli.run("consolidate", "--inbox", file.toString(), "--data", tmp.resolve("d").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("INBOX_NOT_A_FOLDER").doesNotContain("INBOX_MISSING");
  }

  @Test
  void periodAndTotalMistakesAreFoundBeforeTheEmbeddedDatabaseStarts() {
    Path data = tmp.resolve("data");
    var analyze = Cli.run("analyze", "--period", "2026Q5", "--data", data.toString());
    assertThat(analyze.exitCode()).isEqualTo(2);
    assertThat(analyze.err()).contains("BAD_PERIOD");
    var allocate = Cli.run("allocate", "--year", "2027", "--total", "-3", "--data", data.toString());
    assertThat(allocate.exitCode()).isEqualTo(2);
    assertThat(allocate.err()).contains("BAD_SIZE");
    assertThat(data.resolve("pg")).doesNotExist();
  }

  @Test
  void inheritedSpringDatasourceUrlOrWorkingFolderApplicationYmlCannotRepointTheDataSource() throws Exception {
    String warehouse = TestDatabase.fresh();
    String decoyEnv = TestDatabase.fresh();
    String decoyYml = TestDatabase.fresh();
    Path work = Files.createDirectories(tmp.resolve("work"));
    Files.writeString(work.resolve("application.yml"), "spring:\n  datasource:\n    url: " + decoyYml + "\n");
    Files.createDirectories(work.resolve("config"));
    Files.writeString(work.resolve("config/application.properties"), "spring.datasource.url=" + decoyYml + "\n");
    var township = new Township(tmp.resolve("inbox")).orgUnits();
    township.branchFile("TS-001_2026Q1.csv", List.of(member(id("19700101", 11), "王一")));

    var result = Child.dangstat("consolidate", "--inbox", township.inbox().toString(), "--db", warehouse,
            "--data", tmp.resolve("data").toString())
        .in(work)
        .env("SPRING_DATASOURCE_URL", decoyEnv)
        .env("SPRING_APPLICATION_JSON", "{\"spring\":{\"datasource\":{\"url\":\"" + decoyEnv + "\"}}}")
        .run(tmp.resolve("child.log"));

    assertThat(result.exitCode()).as(result.out()).isZero();
    try (var w = new Warehouse(warehouse)) {
      assertThat(w.dsl.fetchCount(org.dangstat.warehouse.jooq.Tables.SUBMISSION)).isEqualTo(2);
    }
    for (String decoy : List.of(decoyEnv, decoyYml)) {
      try (var w = new Warehouse(decoy)) {
        assertThat(w.dsl.fetch("select 1 from information_schema.schemata where schema_name = 'warehouse'"))
            .isEmpty();
      }
    }
  }
}
