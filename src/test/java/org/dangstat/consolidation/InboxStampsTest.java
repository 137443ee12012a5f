package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.warehouse.jooq.Tables.INBOX_STAMP;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.dangstat.warehouse.jooq.tables.records.InboxStampRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night with nothing new takes each file's hash from the stamp it had when it was last hashed
 * (warehouse.inbox_stamp), and a file rewritten in any way is read again, even with its old size
 * and modification time. The grace period is set to zero here (the files are seconds old); the
 * last test keeps the real one.
 */
class InboxStampsTest {

  private static final String GRACE = "dangstat.stamps.grace";
  private static final String A1 = id("19700101", 11);
  private static final String B1 = id("19650404", 41);

  @TempDir Path tmp;
  String db;
  Path data;
  Township township;

  @BeforeEach
  void setUp() {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    township = new Township(tmp.resolve("inbox")).orgUnits()
        .branchFile("TS-001_2026Q1.csv", List.of(member(A1, "王一")))
        .branchFile("sub/TS-002_2026Q1.csv", List.of(member(B1, "赵四")));
    System.setProperty(GRACE, "PT0S");
  }

  @AfterEach
  void restore() {
    System.clearProperty(GRACE);
  }

  @Test
  void remembersEachBranchFilesHashUnderItsStampAndANightWithNothingNewChangesNothing() throws Exception {
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    Map<String, String> first = stamps();
    assertThat(first).containsOnlyKeys(path("TS-001_2026Q1.csv"), path("sub/TS-002_2026Q1.csv"));
    for (var e : hashes().entrySet()) {
      assertThat(e.getValue()).isEqualTo(Hashing.sha256(Path.of(e.getKey())));
    }
    var recordedAt = recordedAt();

    var again = Cli.consolidate(township.inbox(), db, data);

    assertThat(again.out()).containsPattern("未变 unchanged\\s+3");
    assertThat(stamps()).isEqualTo(first);
    assertThat(recordedAt()).isEqualTo(recordedAt); // nothing new learnt, nothing written
  }

  @Test
  void aFileRewrittenInPlaceWithItsOldSizeAndTimeIsReadAgain() throws Exception {
    Cli.consolidate(township.inbox(), db, data);
    Path file = township.inbox().resolve("sub/TS-002_2026Q1.csv");
    var size = Files.size(file);
    var modified = Files.getLastModifiedTime(file);
    String before = Files.readString(file, StandardCharsets.UTF_8);
    // the same number of bytes, another name; then the old modification time put back (touch -r)
    Files.writeString(file, before.replace("赵四", "赵五"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, modified);
    assertThat(Files.size(file)).isEqualTo(size);

    var again = Cli.consolidate(township.inbox(), db, data);

    assertThat(again.out()).containsPattern("接收 accepted\\s+1").containsPattern("未变 unchanged\\s+2");
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.select(PERSON_SNAPSHOT.NAME).from(PERSON_SNAPSHOT).join(SUBMISSION)
          .on(SUBMISSION.ID.eq(PERSON_SNAPSHOT.SUBMISSION_ID)).where(SUBMISSION.STATUS.eq("accepted"))
          .fetch(PERSON_SNAPSHOT.NAME)).containsExactlyInAnyOrder("王一", "赵五");
    }
    assertThat(hashes().get(file.toString())).isEqualTo(Hashing.sha256(file));
  }

  @Test
  void theRecordedHashIsTrustedWhileTheStampHoldsAndCorrectedByTheArchiveCopy() throws Exception {
    Cli.consolidate(township.inbox(), db, data);
    String planted = "f".repeat(64);
    String file = path("TS-001_2026Q1.csv");
    try (var w = new Warehouse(db)) {
      w.dsl.update(INBOX_STAMP).set(INBOX_STAMP.CONTENT_HASH, planted).where(INBOX_STAMP.PATH.eq(file)).execute();
    }

    var again = Cli.consolidate(township.inbox(), db, data);

    // the file was not hashed first: its copy was begun in the planted hash's folder; copying
    // hashed the bytes, found them known, and the record now holds their real hash
    assertThat(again.out()).containsPattern("未变 unchanged\\s+3");
    assertThat(data.resolve("archive").resolve("ff").resolve(planted)).isDirectory();
    assertThat(hashes().get(file)).isEqualTo(Hashing.sha256(Path.of(file)));
  }

  @Test
  void aBigFileUnderANewNameIsHashedWhileCopiedAndAfterwardsHashedFirstLikeAnyKnownName() throws Exception {
    List<String> rows = new ArrayList<>();
    for (int i = 0; rows.size() < 16_000; i++) {
      String birth = LocalDate.of(1960, 1, 1).plusDays(i / 999).format(DateTimeFormatter.BASIC_ISO_DATE);
      rows.add(member(id(birth, i % 999 + 1), "王一"));
    }
    township.branchFile("TS-003_2026Q1.csv", rows);
    Path file = township.inbox().resolve("TS-003_2026Q1.csv");
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(TriageProcessor.COPY_FIRST_BYTES);
    String hash = Hashing.sha256(file);

    assertThat(Cli.consolidate(township.inbox(), db, data).out()).containsPattern("接收 accepted\\s+4");

    // copied through the staging folder into the folder of its hash, the bytes unchanged
    Path archived = data.resolve("archive").resolve(hash.substring(0, 2)).resolve(hash).resolve("TS-003_2026Q1.csv");
    assertThat(Files.mismatch(archived, file)).isEqualTo(-1L);
    try (var staging = Files.list(data.resolve("archive").resolve("incoming"))) {
      assertThat(staging.toList()).isEmpty();
    }
    assertThat(hashes().get(path("TS-003_2026Q1.csv"))).isEqualTo(hash);
    try (var w = new Warehouse(db)) {
      assertThat(w.dsl.fetchCount(PERSON_SNAPSHOT.join(SUBMISSION).on(SUBMISSION.ID.eq(PERSON_SNAPSHOT.SUBMISSION_ID))
          .where(SUBMISSION.FILE_NAME.eq("TS-003_2026Q1.csv")))).isEqualTo(16_000);
    }

    // touched: another stamp, a name read before, so hashed first and found unchanged
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
    assertThat(Cli.consolidate(township.inbox(), db, data).out()).containsPattern("未变 unchanged\\s+4");
  }

  @Test
  void aFileWrittenMomentsAgoIsNotRememberedYet() {
    System.clearProperty(GRACE); // the real grace period: the files were written just now

    Cli.consolidate(township.inbox(), db, data);

    assertThat(stamps()).isEmpty();
  }

  private String path(String relative) {
    return FileStamp.keyOf(township.inbox().resolve(relative));
  }

  private Map<String, String> stamps() {
    return recorded(InboxStampRecord::getStamp);
  }

  private Map<String, String> hashes() {
    return recorded(InboxStampRecord::getContentHash);
  }

  /** What warehouse.inbox_stamp holds, by path. */
  private Map<String, String> recorded(Function<InboxStampRecord, String> what) {
    try (var w = new Warehouse(db)) {
      return w.dsl.selectFrom(INBOX_STAMP).fetch().stream().collect(Collectors.toMap(InboxStampRecord::getPath, what));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Object recordedAt() throws Exception {
    try (var w = new Warehouse(db)) {
      return w.dsl.select(INBOX_STAMP.PATH, INBOX_STAMP.RECORDED_AT).from(INBOX_STAMP).orderBy(INBOX_STAMP.PATH).fetch().toString();
    }
  }
}
