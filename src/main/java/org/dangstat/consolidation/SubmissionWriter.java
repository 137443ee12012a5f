package org.dangstat.consolidation;

import java.io.IOException;
import java.sql.SQLException;
import java.time.ZoneId;
import org.dangstat.intake.Period;
import org.dangstat.warehouse.IssueRepository;
import org.dangstat.warehouse.NewSubmission;
import org.dangstat.warehouse.SubmissionRepository;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes what was decided about each file: loads snapshots, registers rejections, archives the
 * original and writes the error report. Each file's rows sit behind a savepoint of the chunk's
 * transaction, so a killed run leaves every file either fully in the warehouse or not at all.
 */
class SubmissionWriter implements ItemWriter<Candidate> {

  private final SubmissionRepository submissions;
  private final IssueRepository issues;
  private final BranchFileLoader loader;
  private final Archive archive;
  private final RunTally tally;
  private final long jobInstanceId;

  SubmissionWriter(SubmissionRepository submissions, IssueRepository issues, BranchFileLoader loader,
      Archive archive, RunTally tally, long jobInstanceId) {
    this.submissions = submissions;
    this.issues = issues;
    this.loader = loader;
    this.archive = archive;
    this.tally = tally;
    this.jobInstanceId = jobInstanceId;
  }

  @Override
  public void write(Chunk<? extends Candidate> chunk) throws IOException, SQLException {
    for (Candidate c : chunk) {
      switch (c.action()) {
        case IGNORED -> tally.ignored(c.file().relativePath());
        case UNCHANGED -> tally.unchanged();
        case DONE_EARLIER -> tally.fileDone(0);
        case ORG_UNITS -> { } // the tree step has counted it
        case REJECT, LOAD -> register(c);
      }
    }
  }

  private void register(Candidate c) throws IOException, SQLException {
    long t = Timings.start();
    Period period = c.name() == null ? null : c.name().period();
    String kind = c.name() == null ? "unknown" : "branch";
    SubmissionRecord rec = submissions.create(new NewSubmission(jobInstanceId, kind, c.file().fileName(),
        c.file().relativePath(), c.name() == null ? null : c.name().branchCode(), period, c.hash(),
        c.file().size(), c.file().modified().atZone(ZoneId.systemDefault()).toOffsetDateTime()));
    Timings.add("create", t);
    try (IssueLog log = new IssueLog()) {
      if (c.action() == Candidate.Action.REJECT) {
        log.add(c.fileIssue());
      } else {
        loader.load(c, rec, log);
      }
      t = Timings.start();
      var stored = archive.store(c.file(), c.hash());
      rec.setArchivePath(stored.toString());
      Timings.add("archive", t);
      t = Timings.start();
      if (!log.isEmpty()) {
        rec.setErrorReportPath(ErrorReport.write(stored.getParent(), c.file().fileName(), log).toString());
        AnnotatedCopies.write(stored, c.file().fileName(), log, tally);
      }
      Timings.add("error-report", t);
      t = Timings.start();
      rec.setErrors(log.errors());
      rec.setWarnings(log.warnings());
      rec.store();
      Timings.add("store", t);
      t = Timings.start();
      if (!log.isEmpty()) {
        issues.store(rec.getId(), log);
      }
      Timings.add("issues", t);
      tally.fileDone(rec.getRowsTotal());
    }
  }
}
