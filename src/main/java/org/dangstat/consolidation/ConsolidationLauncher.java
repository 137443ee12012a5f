package org.dangstat.consolidation;

import org.dangstat.app.RunContext;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.dangstat.app.JobRuns;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.warehouse.IdKeyGuard;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts the consolidation, or resumes the last one if it did not finish: the caller holds the
 * run lock, so an execution still marked as running was killed, and is recovered first. In a
 * remote manager's context ({@code consolidate --broker}) the job is the remote one, and
 * {@link RemoteManager} takes an unfinished run back from the workers first.
 */
@Component
public class ConsolidationLauncher {

  private final JobOperator jobOperator;
  private final JobRepository jobRepository;
  private final Job consolidateJob;
  private final SubmissionRepository submissions;
  private final ConflictRepository conflicts;
  private final IssueRepository issues;
  private final RunContext run;
  private final RunTally tally;
  private final IdKeyGuard keyGuard;
  private final JobRuns jobRuns;
  private final RemoteManager remote;
  private final RunKeyScreen screen;

  ConsolidationLauncher(JobOperator jobOperator, JobRepository jobRepository, Job consolidateJob,
      SubmissionRepository submissions, ConflictRepository conflicts, IssueRepository issues, RunContext run,
      RunTally tally, IdKeyGuard keyGuard, JobRuns jobRuns, ObjectProvider<RemoteManager> remote, RunKeyScreen screen) {
    this.screen = screen;
    this.jobOperator = jobOperator;
    this.jobRepository = jobRepository;
    this.submissions = submissions;
    this.conflicts = conflicts;
    this.issues = issues;
    this.run = run;
    this.tally = tally;
    this.keyGuard = keyGuard;
    this.jobRuns = jobRuns;
    this.remote = remote.getIfAvailable();
    this.consolidateJob = this.remote != null ? this.remote.job() : consolidateJob;
  }

  public ConsolidationSummary consolidate(Path inbox, Path archive) throws Exception {
    return consolidate(inbox, archive, java.time.Duration.ZERO, null, null);
  }

  /**
   * @param minAge files modified more recently are left for the next run (TOO_NEW)
   * @param returns the returns folder (per branch, the newest reports to send back), or null for none
   * @throws IdKeyGuard.KeyRefused when the person-hash key is not the warehouse's (nothing was done)
   */
  public ConsolidationSummary consolidate(Path inbox, Path archive, java.time.Duration minAge) throws Exception {
    return consolidate(inbox, archive, minAge, null, null);
  }

  /** A run that copies the reports to send back into {@code returns}. */
  public ConsolidationSummary consolidate(Path inbox, Path archive, java.time.Duration minAge, Path returns)
      throws Exception {
    return consolidate(inbox, archive, minAge, null, returns);
  }

  /**
   * A run as if made at {@code now} (null: the real clock at launch): the files are received at
   * that moment and dates after its day are DATE_IN_FUTURE. For in-process callers only (the demo
   * replays a year of nightly runs); {@code consolidate} on the command line has no such option.
   * A resumed run keeps the moment of the run it resumes.
   */
  public ConsolidationSummary consolidate(Path inbox, Path archive, java.time.Duration minAge,
      java.time.Instant now, Path returns) throws Exception {
    long started = System.nanoTime();
    keyGuard.settle(run.dataDir(), run.idKey());
    IssueLog.clean(run.dataDir()); // a killed run's spill files and half-made copies: we hold the run lock
    Archive.cleanStaging(archive);
    tally.reset();
    String inboxParam = inbox.toAbsolutePath().normalize().toString();
    screen.clear();
    JobExecution execution = resumeUnfinished(inboxParam);
    boolean resumed = execution != null;
    long t = Timings.start();
    if (execution == null) {
      if (remote == null) {
        screen.start(); // this JVM's workers see every row of the run: the conflict check may use their keys
      }
      execution = jobOperator.start(consolidateJob, parameters(inboxParam, archive, minAge, now));
    }
    t = Timings.lap("job", t);
    long instance = execution.getJobInstance().getInstanceId();
    var files = submissions.ofJobInstance(instance);
    var periods = files.stream().filter(f -> SubmissionStatus.ACCEPTED.is(f.getStatus()) && f.getPeriod() != null)
        .map(f -> f.getPeriod()).collect(Collectors.toSet());
    String failure = execution.getAllFailureExceptions().stream().map(org.dangstat.app.JobFailure::message).findFirst()
        .orElse(String.valueOf(execution.getExitStatus().getExitDescription()));
    if (remote != null) {
      remote.absorbTallies(execution, tally);
      if (execution.getStatus() != BatchStatus.COMPLETED) {
        failure = remote.describeFailure(execution, failure);
      }
    }
    Path returnsDir = returns == null ? null : returns.toAbsolutePath().normalize();
    Map<Long, Path> returned = returnsDir == null ? Map.of() : Returns.copy(returnsDir, files);
    var codes = issues.codeCounts(files.stream().filter(f -> f.getErrors() + f.getWarnings() > 0)
        .map(SubmissionRecord::getId).toList());
    t = Timings.lap("after the job", t);
    var found = execution.getStatus() == BatchStatus.COMPLETED
        ? conflicts.inPeriods(periods, screen, instance) : conflicts.inPeriods(periods);
    screen.clear();
    Timings.add("conflicts", t);
    Timings.print();
    return new ConsolidationSummary(execution.getStatus() == BatchStatus.COMPLETED, failure, instance, resumed,
        files, tally.unchangedFiles(), tally.ignoredFiles(), tally.tooNewFiles(),
        tally.unreadableFiles(), found,
        tally.notes(), (System.nanoTime() - started) / 1e9, returnsDir, returned, codes);
  }

  private JobExecution resumeUnfinished(String inbox) throws Exception {
    var lastInstance = jobRepository.getLastJobInstance(consolidateJob.getName());
    if (lastInstance == null) {
      return null;
    }
    JobExecution last = jobRepository.getLastJobExecution(lastInstance);
    if (last == null || !Objects.equals(inbox, last.getJobParameters().getString("inbox"))) {
      return null;
    }
    if (remote != null) {
      last = remote.takeBack(last);
    }
    if (last.getStatus().isRunning()) {
      last = jobOperator.recover(last); // its process is gone: we hold the lock
    }
    if (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED) {
      tally.note("上次运行（第 " + lastInstance.getInstanceId() + " 次）未完成：从中断处继续");
      // the restart reads the inbox with the interrupted execution's parameters, its --min-age too
      return jobOperator.restart(last);
    }
    return null;
  }

  private JobParameters parameters(String inbox, Path archive, java.time.Duration minAge, java.time.Instant now) {
    var builder = new JobParametersBuilder()
        .addString("inbox", inbox)
        .addString("archive", archive.toAbsolutePath().normalize().toString(), false)
        .addLong("minAgeSeconds", minAge.toSeconds(), false);
    if (now != null) {
      builder.addString(RunClock.PARAMETER, now.toString(), false);
    }
    return jobRuns.next(consolidateJob, builder.toJobParameters());
  }
}
