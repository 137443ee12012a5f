package org.dangstat.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dangstat.consolidation.TriagedFile.Action;
import org.dangstat.integrity.PeriodLocks;
import org.dangstat.intake.InboxFileName;
import org.dangstat.intake.Issue;
import org.dangstat.intake.IssueCatalog;
import org.dangstat.intake.ReadFailures;
import org.dangstat.warehouse.jooq.tables.records.OrgUnitVersionRecord;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Identifies a file by name and content hash and decides what to do with it. Reads the
 * warehouse only; the writer changes it.
 */
class TriageProcessor implements ItemProcessor<InboxFile, TriagedFile> {

  /**
   * From this size on, a file under a new name is hashed only while it is copied: hashing it first
   * as well was ~7 % of a one-file consolidation's worker (docs/performance.md, nineteenth round).
   * Smaller files are hashed first, so that their copies are made in the folder of their hash
   * (the staging folder costs more metadata calls than hashing a small file does).
   */
  static final long COPY_FIRST_BYTES = 1 << 20;

  private final SubmissionRepository submissions;
  private final OrgUnitRepository orgUnits;
  private final long jobInstanceId;
  private final LocalDate today;
  private final List<String> fileNames;
  private final Archive archive;
  private final PeriodLocks locks;
  private final ContentHashes hashes;
  private Map<String, OrgUnitVersionRecord> tree;
  /** Periods sealed when this run looked (period → time of the lock), fetched once. */
  private Map<String, OffsetDateTime> locked;
  /** The files of this worker's share the warehouse has read before, fetched once. */
  private Map<String, SubmissionRepository.Seen> seen;
  /** The names of {@link #seen}. */
  private Set<String> seenNames;

  TriageProcessor(SubmissionRepository submissions, OrgUnitRepository orgUnits, long jobInstanceId,
      LocalDate today, List<String> fileNames, Archive archive, PeriodLocks locks, ContentHashes hashes) {
    this.archive = archive;
    this.hashes = hashes;
    this.locks = locks;
    this.submissions = submissions;
    this.orgUnits = orgUnits;
    this.jobInstanceId = jobInstanceId;
    this.today = today;
    this.fileNames = fileNames;
  }

  @Override
  public TriagedFile process(InboxFile file) {
    FileKind kind = FileKind.of(file.fileName());
    if (kind == FileKind.IGNORED) {
      return new TriagedFile(file, null, Action.IGNORED, null, null, null);
    }
    if (kind == FileKind.ORG_UNITS) {
      return new TriagedFile(file, null, Action.ORG_UNITS, null, null, null);
    }
    long t = Timings.start();
    String hash;
    Archive.Ingested copy;
    FileStamp stamp;
    ContentHashes.Hashed hashed;
    try {
      // a file seen before costs one read, or none when its stamp is as when it was hashed; a new
      // one is copied into the archive once (into the folder of that hash, hashed again while
      // copied), and from then on only that copy is read. A big file under a name never read
      // before cannot be one seen before: it is only hashed while copied (one read, not two).
      hashed = hashes.of(file, file.size() < COPY_FIRST_BYTES || readBefore(file.fileName()));
      hash = hashed.hash();
      stamp = hashed.toRecord();
      if (hash != null) {
        TriagedFile earlier = seenBefore(file, hash);
        if (earlier != null) {
          Timings.add("hash", t);
          return earlier.remembering(stamp);
        }
      }
      copy = archive.ingest(file, hash);
    } catch (IOException | UncheckedIOException e) {
      return new TriagedFile(file, null, Action.UNREADABLE, null, ReadFailures.issue(e), null);
    }
    Timings.add("hash", t);
    if (!copy.hash().equals(hash)) {
      // not hashed first, or it changed while we looked (or what was recorded was wrong): the
      // copy counts, and it was read after the stamp was taken
      stamp = hashed.settled();
      TriagedFile earlier = seenBefore(file, copy.hash());
      if (earlier != null) {
        return earlier.remembering(stamp);
      }
    }
    hash = copy.hash();
    // the same bytes under the same name again later in this run (another folder): a no-op
    seen.put(SubmissionRepository.seenKey(file.fileName(), hash), new SubmissionRepository.Seen(null, null));
    seenNames.add(file.fileName());
    var rejection = SubmissionName.rejection(kind, file.fileName());
    if (rejection.isPresent()) {
      return reject(file, hash, rejection.get(), copy).remembering(stamp);
    }
    var name = InboxFileName.parse(file.fileName()).orElseThrow();
    Issue problem = checkBranchAndPeriod(name);
    return new TriagedFile(file, hash, problem != null ? Action.REJECT : Action.LOAD, name, problem, null, copy, stamp);
  }

  /** Whether the warehouse (or this run) has read a file of this name, whatever its bytes. */
  private boolean readBefore(String fileName) {
    fetchSeen();
    return seenNames.contains(fileName);
  }

  private void fetchSeen() {
    if (seen == null) {
      seen = submissions.seen(fileNames);
      seenNames = new HashSet<>();
      seen.keySet().forEach(key -> seenNames.add(SubmissionRepository.fileNameOf(key)));
    }
  }

  /** UNCHANGED or DONE_EARLIER when the warehouse has read these bytes under this name, else null. */
  private TriagedFile seenBefore(InboxFile file, String hash) {
    long t = Timings.start();
    fetchSeen();
    var known = seen.get(SubmissionRepository.seenKey(file.fileName(), hash));
    Timings.add("find-seen", t);
    if (known == null) {
      return null;
    }
    boolean thisRun = Objects.equals(known.jobInstanceId(), jobInstanceId);
    return new TriagedFile(file, hash, thisRun ? Action.DONE_EARLIER : Action.UNCHANGED, null, null, known.status());
  }

  private Issue checkBranchAndPeriod(InboxFileName name) {
    if (tree == null) {
      tree = orgUnits.current();
    }
    Issue problem = SubmissionName.branchAndPeriod(name, tree.isEmpty() ? null : code -> {
      OrgUnitVersionRecord unit = tree.get(code);
      return unit == null ? null : new SubmissionName.Unit("branch".equals(unit.getOrgLevel()), unit.getLevelLabel());
    }, today);
    if (problem != null) {
      return problem;
    }
    // a sealed period needs the warehouse: the nightly job's check only (check cannot know it)
    if (locked == null) {
      locked = locks.locked();
    }
    OffsetDateTime lockedAt = locked.get(name.period().toString());
    if (lockedAt != null) {
      return IssueCatalog.fileIssue("PERIOD_LOCKED", name.period().toString(),
          lockedAt.atZoneSameInstant(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }
    return null;
  }

  private static TriagedFile reject(InboxFile file, String hash, Issue issue, Archive.Ingested copy) {
    return new TriagedFile(file, hash, Action.REJECT, null, issue, null, copy);
  }
}
