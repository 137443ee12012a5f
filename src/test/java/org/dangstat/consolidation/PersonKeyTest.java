package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.warehouse.jooq.Tables.PERSON;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, defects 2 and 9: the person-hash key belongs to the warehouse, not to a folder. */
class PersonKeyTest {

  @TempDir Path tmp;
  String db;
  Township township;

  @BeforeEach
  void setUp() {
    db = TestDatabase.fresh();
    township = new Township(tmp.resolve("inbox")).orgUnits();
    township.branchFile("TS-001_2026Q1.csv", List.of(member(id("19700101", 11), "王一")));
  }

  @Test
  void aRunFromAnotherFolderAgainstTheSameDatabaseIsRefusedInsteadOfMakingANewKey() throws Exception {
    Path first = tmp.resolve("first");
    assertThat(Cli.consolidate(township.inbox(), db, first).exitCode()).isZero();
    township.branchFile("TS-001_2026Q2.csv", List.of(member(id("19700101", 11), "王一")));

    Path second = tmp.resolve("second");
    var refused = Cli.consolidate(township.inbox(), db, second);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("KEY_REQUIRED").contains("dangstat key import");
    assertThat(IdKeyFileIn(second)).doesNotExist();
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.fetchCount(SUBMISSION)).isEqualTo(2); // orgunits and the first file: nothing more
    }

    Path backup = tmp.resolve("backup.key");
    assertThat(Cli.run("key", "export", "--data", first.toString(), "--out", backup.toString()).exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
    assertThat(Cli.run("key", "import", backup.toString(), "--data", second.toString()).exitCode()).isZero();
    assertThat(Cli.consolidate(township.inbox(), db, second).exitCode()).isZero();
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.fetchCount(PERSON)).isEqualTo(1); // the same person, not two
      assertThat(w.dsl.fetchCount(SUBMISSION)).isEqualTo(3);
    }
  }

  @Test
  void aDifferentKeyIsRefusedWithKeyMismatch() throws Exception {
    assertThat(Cli.consolidate(township.inbox(), db, tmp.resolve("first")).exitCode()).isZero();
    Path other = tmp.resolve("other");
    Files.createDirectories(other);
    Files.writeString(IdKeyFileIn(other), "ab".repeat(32) + "\n");

    var refused = Cli.consolidate(township.inbox(), db, other);

    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("KEY_MISMATCH");
    assertThat(Cli.run("key", "import", tmp.resolve("first").resolve("id-hash.key").toString(), "--data", other.toString())
        .err()).contains("KEY_CONFLICT");
  }

  @Test
  void keyFileIsCreatedOwnerOnlyAtomically() throws Exception {
    Path data = tmp.resolve("data");
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(IdKeyFileIn(data)))).isEqualTo("rw-------");
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    // a command that hashes nobody makes no key: analyze from a fresh folder leaves none behind
    Path analyst = tmp.resolve("analyst");
    Cli.run("analyze", "--period", "2026Q1", "--db", db, "--data", analyst.toString(), "--out", tmp.resolve("out").toString());
    assertThat(IdKeyFileIn(analyst)).doesNotExist();
  }

  private static Path IdKeyFileIn(Path data) {
    return data.resolve("id-hash.key");
  }
}
