package org.dangstat.consolidation;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.dangstat.consolidation.BranchFileLoader.FileRead;
import org.dangstat.consolidation.IssueRepository.FileIssues;
import org.dangstat.integrity.ConsistencyFinding;
import org.dangstat.integrity.ConsistencyRepository;
import org.dangstat.warehouse.IdHasher;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads and registers the files of one transaction with a handful of statements, whatever their
 * number: ids reserved at once, every file's rows in one COPY, the rows of files found bad taken
 * back, then one supersede, one insert of the registrations and one COPY of the issues. One file
 * at a time this was ~9 round trips a file, as much work as its first few hundred rows.
 */
final class FileBatch {

  private final DataSource dataSource;
  private final SubmissionBatches submissions;
  private final SnapshotStore snapshots;
  private final IssueRepository issues;
  private final IdHasher hasher;
  private final RunTally tally;
  private final long jobInstanceId;
  private final Path spillDir;
  private final ConsistencyRepository consistency;
  private final BranchFileLoader loader;
  private final RunClock clock;
  private final RunKeyScreen screen;

  FileBatch(DataSource dataSource, SubmissionBatches submissions, SnapshotStore snapshots,
      IssueRepository issues, IdHasher hasher, RunTally tally, long jobInstanceId, Path dataDir,
      ConsistencyRepository consistency, RunClock clock, RunKeyScreen screen) {
    this.clock = clock;
    this.screen = screen;
    this.loader = new BranchFileLoader(clock.today());
    this.spillDir = dataDir;
    this.consistency = consistency;
    this.dataSource = dataSource;
    this.submissions = submissions;
    this.snapshots = snapshots;
    this.issues = issues;
    this.hasher = hasher;
    this.tally = tally;
    this.jobInstanceId = jobInstanceId;
  }

  /**
   * Loads {@code files} (LOAD or REJECT) in the caller's transaction. Throws
   * {@link org.dangstat.warehouse.CopyRefusedException} if PostgreSQL refused the rows' COPY.
   */
  void load(List<TriagedFile> files) throws IOException, SQLException {
    long t = Timings.start();
    long[] ids = submissions.reserveIds(files.size());
    List<IssueLog> logs = new ArrayList<>();
    PersonSnapshotCopy copy = null;
    try {
      List<FileRead> reads = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        TriagedFile c = files.get(i);
        IssueLog log = new IssueLog(spillDir);
        logs.add(log);
        if (c.action() == TriagedFile.Action.REJECT) {
          log.add(c.fileIssue());
          reads.add(FileRead.NOT_READ);
        } else {
          if (copy == null) {
            copy = snapshots.open(DataSourceUtils.getConnection(dataSource), hasher);
          }
          FileRead read = loader.read(c, ids[i], copy, log);
          screen.add(c.name().period().toString(), copy.keys(), copy.present());
          reads.add(read);
        }
      }
      if (copy != null) {
        copy.close();
        copy = null;
      }
      t = Timings.lap("copy", t);
      settle(files, ids, reads, logs);
      t = Timings.lap("settle", t);
      crossCheck(files, ids, logs);
      t = Timings.lap("cross-check", t);
      register(files, ids, reads, logs);
      Timings.add("register", t);
    } finally {
      if (copy != null) {
        copy.abort(); // refused or failed half way: the connection must leave COPY to roll back
      }
      logs.forEach(IssueLog::close);
    }
  }

  /** The checks that need a file's rows in the table; then the rows of bad files go again. */
  private void settle(List<TriagedFile> files, long[] ids, List<FileRead> reads, List<IssueLog> logs) {
    List<Long> withdrawn = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).action() != TriagedFile.Action.LOAD) {
        continue;
      }
      if (logs.get(i).errors() == 0 && reads.get(i).maybeDuplicates()) {
        issues.duplicateIds(ids[i]).forEach(logs.get(i)::add);
      }
      if (logs.get(i).errors() > 0 && reads.get(i).rowsCopied() > 0) {
        withdrawn.add(ids[i]);
      }
    }
    snapshots.deleteRows(withdrawn);
  }

  /**
   * The files about to be accepted against their branch's earlier snapshot already in the
   * warehouse (period-checks.md §1), one statement for the whole transaction: the findings go into
   * each file's own report as warnings; the file loads all the same.
   */
  private void crossCheck(List<TriagedFile> files, long[] ids, List<IssueLog> logs) {
    List<ConsistencyRepository.Checked> checked = new ArrayList<>();
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      TriagedFile c = files.get(i);
      if (c.action() == TriagedFile.Action.LOAD && logs.get(i).errors() == 0) {
        index.put(c.name().branchCode() + '\n' + c.name().period(), i); // the last file of a slot is the one in effect
      }
    }
    index.values().forEach(i -> checked.add(new ConsistencyRepository.Checked(files.get(i).name().branchCode(),
        files.get(i).name().period(), ids[i])));
    for (ConsistencyFinding f : consistency.forNewSnapshots(checked)) {
      Integer i = index.get(f.orgCode() + '\n' + f.period());
      if (i != null) {
        logs.get(i).add(f.warning());
      }
    }
  }

  private void register(List<TriagedFile> files, long[] ids, List<FileRead> reads, List<IssueLog> logs)
      throws IOException, SQLException {
    List<FiledSubmission> filed = new ArrayList<>();
    List<FileIssues> issuesOf = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      TriagedFile c = files.get(i);
      IssueLog log = logs.get(i);
      Path stored = c.archived().stored(); // copied in (and hashed) when the file was identified
      String report = null;
      if (!log.isEmpty()) {
        report = ErrorReport.write(stored.getParent(), c.file().fileName(), log).toString();
        AnnotatedCopies.write(stored, c.file().fileName(), log, tally);
        issuesOf.add(new FileIssues(ids[i], log));
      }
      var read = reads.get(i).summary();
      boolean accepted = c.action() == TriagedFile.Action.LOAD && log.errors() == 0;
      filed.add(new FiledSubmission(ids[i], describe(c), accepted, read == null ? null : read.encoding(),
          read == null ? 0 : read.rowsTotal(), accepted ? reads.get(i).rowsCopied() : 0,
          read == null ? 0 : read.rowsSkipped(), log.errors(), log.warnings(), stored.toString(), report));
    }
    submissions.register(filed, clock.now());
    issues.store(issuesOf);
    filed.forEach(f -> tally.fileDone(f.rowsTotal()));
  }

  private NewSubmission describe(TriagedFile c) {
    return new NewSubmission(jobInstanceId, c.name() == null ? "unknown" : "branch", c.file().fileName(),
        c.file().relativePath(), c.name() == null ? null : c.name().branchCode(),
        c.name() == null ? null : c.name().period(), c.hash(), c.archived().size(),
        c.file().modified().atZone(ZoneId.systemDefault()).toOffsetDateTime());
  }
}
