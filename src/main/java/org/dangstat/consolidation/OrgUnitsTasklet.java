package org.dangstat.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.dangstat.intake.IssueCatalog;
import org.dangstat.intake.OrgUnitFileReader;
import org.dangstat.intake.ReadFailures;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Loads the org tree first, so that branch files are checked against the tree they were sent
 * with. A tree with errors is rejected whole and the previous tree stays.
 */
class OrgUnitsTasklet implements Tasklet {

  private final Path inbox;
  private final Duration minAge;
  private final SubmissionRepository submissions;
  private final OrgUnitRepository orgUnits;
  private final IssueRepository issues;
  private final Archive archive;
  private final RunTally tally;
  private final long jobInstanceId;
  private final Path dataDir;
  private final RunClock clock;

  OrgUnitsTasklet(Path inbox, Duration minAge, SubmissionRepository submissions, OrgUnitRepository orgUnits,
      IssueRepository issues, Archive archive, RunTally tally, long jobInstanceId, Path dataDir, RunClock clock) {
    this.clock = clock;
    this.dataDir = dataDir;
    this.inbox = inbox;
    this.minAge = minAge;
    this.submissions = submissions;
    this.orgUnits = orgUnits;
    this.issues = issues;
    this.archive = archive;
    this.tally = tally;
    this.jobInstanceId = jobInstanceId;
  }

  private boolean seenBefore(InboxFile file, String hash) {
    var seen = submissions.findSeen(file.fileName(), hash);
    if (seen.isPresent() && !java.util.Objects.equals(seen.get().getJobInstanceId(), jobInstanceId)) {
      tally.unchanged(); // else an interrupted execution of this run loaded it already
    }
    return seen.isPresent();
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
    var scan = InboxScanner.scan(inbox, minAge, clock.instant());
    List<InboxFile> files = scan.files().stream()
        .filter(f -> InboxScanner.isOrgUnitsFile(f.fileName())).toList();
    // listed here, for the whole inbox, because this step runs in every execution, also when a
    // resumed run skips the partitions an interrupted one finished
    scan.tooNew().forEach(f -> tally.tooNew(f.relativePath()));
    scan.unreadable().forEach(u -> tally.unreadable(u.relativePath(), u.reason(), false));
    if (files.isEmpty()) {
      tally.note(submissions.currentOrgUnits().isPresent()
          ? "收件箱中没有 orgunits 文件：沿用已导入的组织架构"
          : "收件箱中没有 orgunits 文件，且尚未导入组织架构：支部文件将无法核对");
      return RepeatStatus.FINISHED;
    }
    for (InboxFile file : files) {
      load(file, files.size() > 1);
    }
    return RepeatStatus.FINISHED;
  }

  private void load(InboxFile file, boolean oneOfMany) throws Exception {
    String hash;
    Archive.Ingested copy = null;
    try {
      hash = Hashing.sha256(file.path());
      if (!seenBefore(file, hash)) {
        copy = archive.ingest(file, hash); // read from here on: the bytes hashed and archived
        hash = copy.hash();
      }
    } catch (IOException | UncheckedIOException e) {
      tally.unreadable(file.relativePath(), ReadFailures.issue(e), false);
      return;
    }
    if (copy == null || seenBefore(file, hash)) {
      return;
    }
    var rec = submissions.create(new NewSubmission(jobInstanceId, "orgunits", file.fileName(),
        file.relativePath(), null, null, hash, copy.size(),
        file.modified().atZone(ZoneId.systemDefault()).toOffsetDateTime()), clock.now());
    try (IssueLog log = new IssueLog(dataDir)) {
      if (oneOfMany) {
        log.add(IssueCatalog.fileIssue("ORG_FILE_NOT_UNIQUE", file.relativePath()));
      } else {
        var result = new OrgUnitFileReader().read(copy.stored());
        result.issues().forEach(log::add);
        rec.setEncoding(result.encoding());
        rec.setRowsTotal(result.units().size());
        if (!result.hasErrors()) {
          int changes = orgUnits.apply(result.units(), rec.getId(), clock.now());
          rec.setRowsLoaded(result.units().size());
          submissions.accept(rec, clock.now());
          tally.note("组织架构已更新：" + result.units().size() + " 个组织，" + changes + " 处变化");
        }
      }
      var stored = copy.stored();
      rec.setArchivePath(stored.toString());
      if (!log.isEmpty()) {
        rec.setErrorReportPath(ErrorReport.write(stored.getParent(), file.fileName(), log).toString());
      }
      rec.setErrors(log.errors());
      rec.setWarnings(log.warnings());
      rec.store();
      if (!log.isEmpty()) {
        issues.store(rec.getId(), log);
      }
    }
  }
}
