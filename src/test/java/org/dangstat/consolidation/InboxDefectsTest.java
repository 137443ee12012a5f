package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.dangstat.intake.ReadingDefectsFixtures;
import org.dangstat.support.Child;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, defects 3, 6, 7, 8 and 9 and --min-age: the inbox as operators really have it. */
class InboxDefectsTest {

  @TempDir Path tmp;
  String db;
  Path data;
  Township township;

  @BeforeEach
  void setUp() throws Exception {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    township = new Township(tmp.resolve("inbox")).orgUnits();
    township.branchFile("TS-001_2026Q1.csv", List.of(member(id("19700101", 11), "王一")));
    township.branchFile("TS-002_2026Q1.csv", List.of(member(id("19650404", 41), "赵四")));
  }

  @Test
  void inboxGivenAsASymbolicLinkIsFollowed() throws Exception {
    Path link = Files.createSymbolicLink(tmp.resolve("inbox-link"), township.inbox());
    Files.createSymbolicLink(township.inbox().resolve("up"), township.inbox()); // a loop back up

    var result = Cli.consolidate(link, db, data);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).containsPattern("接收 accepted\\s+3").contains("up/").contains("FOLDER_LOOP");
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.fetchCount(V_CURRENT_SUBMISSION)).isEqualTo(2);
    }
  }

  @Test
  void fileModifiedMoreRecentlyThanMinAgeIsLeftForTheNextRunAsTooNew() throws Exception {
    Instant hourAgo = Instant.now().minusSeconds(3600);
    for (String f : List.of("orgunits.csv", "TS-001_2026Q1.csv")) {
      Files.setLastModifiedTime(township.inbox().resolve(f), FileTime.from(hourAgo));
    }
    // TS-002's upload is still arriving: modified now

    var first = Cli.run("consolidate", "--inbox", township.inbox().toString(), "--db", db, "--data", data.toString(),
        "--min-age", "300");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).containsPattern("接收 accepted\\s+2").contains("TOO_NEW: TS-002_2026Q1.csv");
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.fetchCount(SUBMISSION, SUBMISSION.BRANCH_CODE.eq("TS-002"))).isZero();
    }
    Files.setLastModifiedTime(township.inbox().resolve("TS-002_2026Q1.csv"), FileTime.from(hourAgo));
    var next = Cli.run("consolidate", "--inbox", township.inbox().toString(), "--db", db, "--data", data.toString(),
        "--min-age", "300");
    assertThat(next.out()).containsPattern("接收 accepted\\s+1").doesNotContain("TOO_NEW");
  }

  @Test
  void nightlyScheduleUsesMinAge300() throws Exception {
    Path jobs = Path.of("jobs", "nightly-consolidation");
    assertThat(Files.readString(jobs.resolve("dangstat.cron"))).contains("--min-age 300");
    assertThat(Files.readString(jobs.resolve("dangstat-nightly.service"))).contains("--min-age 300");
  }

  @Test
  void unreadableFileAndFolderAreListedWithTheReasonWhileEverythingElseLoads() throws Exception {
    township.branchFile("TS-003_2026Q1.csv", List.of(member(id("19950505", 52), "周五")));
    township.branchFile("locked/TS-003_2026Q2.csv", List.of(member(id("19950505", 52), "周五")));
    Path file = township.inbox().resolve("TS-003_2026Q1.csv");
    Path folder = township.inbox().resolve("locked");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
    try {
      var child = Child.dangstat("consolidate", "--inbox", township.inbox().toString(), "--db", db,
          "--data", data.toString());
      var first = child.run(tmp.resolve("first.log"));
      assertThat(first.exitCode()).as(first.out()).isZero();
      assertThat(first.out()).containsPattern("接收 accepted\\s+3").containsPattern("无法读取 unreadable\\s+2")
          .contains("TS-003_2026Q1.csv：").contains("locked/：").contains("FILE_ACCESS_DENIED")
          .doesNotContain("Exception");
      // and again, as the summary promises: the same, never stuck
      var again = child.run(tmp.resolve("again.log"));
      assertThat(again.exitCode()).as(again.out()).isZero();
      assertThat(again.out()).containsPattern("无法读取 unreadable\\s+2");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    var fixed = Cli.consolidate(township.inbox(), db, data);
    assertThat(fixed.out()).containsPattern("接收 accepted\\s+2").doesNotContain("unreadable");
  }

  @Test
  void archivedOriginalIsExactlyTheBytesHashedAndLoadedWhileTheInboxFileGrows() throws Exception {
    // a clerk's upload still arriving: rows appended all through the run
    for (int b = 1; b <= 3; b++) {
      for (int q = 1; q <= 12; q++) {
        township.branchFile(String.format("TS-00%d_%dQ%d.csv", b, 2023 + (q - 1) / 4, 1 + (q - 1) % 4),
            List.of(member(id("19700101", 11 + b), "王一")));
      }
    }
    township.branchFile("TS-003_2026Q1.csv", List.of(member(id("19950505", 52), "周五")));
    Path growing = township.inbox().resolve("TS-003_2026Q1.csv");
    var stop = new java.util.concurrent.atomic.AtomicBoolean();
    Thread writer = new Thread(() -> {
      int p = 0;
      try (var out = Files.newOutputStream(growing, java.nio.file.StandardOpenOption.APPEND)) {
        while (!stop.get() && p < 200_000) {
          out.write((member(id(String.format("19%02d%02d%02d", 50 + p % 40, 1 + p / 40 % 12, 1 + p / 480 % 28),
              p / 13440 * 2 + 1), "新" + p) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
          out.flush();
          p++;
          java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // an upload's pace, all through the run
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    try {
      assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    } finally {
      stop.set(true);
      writer.join();
    }
    try (var w = new Warehouse(db)) {
      var s = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.INBOX_PATH.eq("TS-003_2026Q1.csv")).fetchOne();
      Path archived = Path.of(s.getArchivePath());
      assertThat(sha256(archived)).isEqualTo(s.getContentHash());
      assertThat(Files.size(archived)).isEqualTo(s.getSizeBytes());
      long dataLines = Files.readAllLines(archived).stream().skip(1).filter(l -> !l.isBlank()).count();
      if ("accepted".equals(s.getStatus())) {
        assertThat(s.getRowsLoaded()).isEqualTo((int) dataLines);
      } else {
        assertThat(s.getRowsTotal()).isEqualTo((int) dataLines); // a half-written last row, read from the copy
      }
    }
  }

  @Test
  void killedRunsSpillFilesAndHalfCopiesAreRemovedByTheNextRun() throws Exception {
    Path spill = data.resolve("spill");
    Files.createDirectories(spill);
    Files.writeString(spill.resolve("issues123.bin"), "left by a run killed with kill -9");
    Path staging = Files.createDirectories(data.resolve("archive").resolve("incoming"));
    Files.writeString(staging.resolve(".incoming123.tmp"), "half a copy");
    township.branchFile("TS-001_2026Q2.csv", List.of(member(id("19700101", 12), "王一")));

    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    try (var left = Files.list(spill)) {
      assertThat(left.toList()).isEmpty();
    }
    try (var left = Files.list(staging)) {
      assertThat(left.toList()).isEmpty();
    }
  }

  @Test
  void aKilledRunsHalfCopyInTheArchiveFolderIsRemovedWhenTheFileIsCopiedAgain() throws Exception {
    township.branchFile("TS-001_2026Q2.csv", List.of(member(id("19700101", 12), "王一")));
    Path file = township.inbox().resolve("TS-001_2026Q2.csv");
    String hash = sha256(file);
    Path folder = Files.createDirectories(data.resolve("archive").resolve(hash.substring(0, 2)).resolve(hash));
    Path half = Files.writeString(folder.resolve(".incoming123.tmp"), "half a copy");
    Files.setLastModifiedTime(half, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));

    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();

    try (var left = Files.list(folder)) {
      assertThat(left.map(p -> p.getFileName().toString()).toList())
          .contains("TS-001_2026Q2.csv").noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void zipBombXlsxIsRejectedInChineseAndGetsNoAnnotatedCopy() throws Exception {
    ReadingDefectsFixtures.writeBomb(township.inbox().resolve("TS-003_2026Q1.xlsx"));

    var result = Cli.consolidate(township.inbox(), db, data);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("ANNOTATION_SKIPPED").doesNotContain("Zip bomb");
    try (var w = new Warehouse(db)) {
      var s = w.dsl.selectFrom(SUBMISSION).where(SUBMISSION.BRANCH_CODE.eq("TS-003")).fetchOne();
      assertThat(s.getStatus()).isEqualTo("rejected");
      try (var files = Files.list(Path.of(s.getArchivePath()).getParent())) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("批注"));
      }
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
