package org.dangstat.analysis;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangstat.app.JobRuns;
import org.dangstat.core.Period;
import org.dangstat.integrity.PeriodLocks;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Runs the analysis job for a checked request and says where the report is. */
@Component
public class AnalysisLauncher {

  /**
   * How it went: the report's path, or why it failed.
   *
   * @param counts what was analysed (branches, those without an accepted file, compliance findings,
   *     charts), for the summary and {@code --json}
   */
  public record Outcome(boolean completed, Path report, String failure, int missingBranches,
      java.util.Map<String, Integer> counts) {}

  private final JobOperator jobOperator;
  private final Job analyzeJob;
  private final JobRuns jobRuns;
  private final AnalysisRepository repository;
  private final PeriodLocks locks;

  AnalysisLauncher(JobOperator jobOperator, Job analyzeJob, JobRuns jobRuns, AnalysisRepository repository,
      PeriodLocks locks) {
    this.jobOperator = jobOperator;
    this.analyzeJob = analyzeJob;
    this.jobRuns = jobRuns;
    this.repository = repository;
    this.locks = locks;
  }

  /** When the period was locked, null if it is open: its analysis is then the one as of that moment. */
  public OffsetDateTime lockedAt(Period period) {
    return locks.lockedAt(period).orElse(null);
  }

  /** The branch codes of the current tree, for checking a plan before the job starts. */
  public Set<String> branchCodes() {
    return repository.orgUnits().stream().filter(u -> "branch".equals(u.level()))
        .map(AnalysisRepository.OrgUnit::code).collect(Collectors.toSet());
  }

  public Outcome analyze(AnalysisRequest asked) throws Exception {
    // a locked period is computed from the snapshots as they stood when it was locked (§3): an
    // earlier --as-of still looks further back, a later one cannot see past the lock
    OffsetDateTime lockedAt = lockedAt(asked.period());
    OffsetDateTime moment = asked.asOf() == null ? lockedAt
        : lockedAt == null || asked.asOf().isBefore(lockedAt) ? asked.asOf() : lockedAt;
    var request = asked.at(moment, lockedAt);
    long started = System.nanoTime();
    var execution = jobOperator.start(analyzeJob, jobRuns.next(analyzeJob, request.parameters()));
    Timing.wall("job", started);
    boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
    String failure = execution.getAllFailureExceptions().stream().map(org.dangstat.app.JobFailure::message).findFirst().orElse("");
    var context = execution.getExecutionContext();
    int missing = ok ? context.getInt(AnalysisJobConfig.MISSING_BRANCHES, 0) : 0;
    var counts = new java.util.LinkedHashMap<String, Integer>();
    if (ok) {
      counts.put("branches", context.getInt(AnalysisJobConfig.BRANCHES, 0));
      counts.put("branches_missing", missing);
      counts.put("compliance_findings", context.getInt(AnalysisJobConfig.COMPLIANCE_FINDINGS, 0));
      counts.put("charts", context.getInt(AnalysisJobConfig.CHARTS, 0));
    }
    return new Outcome(ok, request.outDir().resolve("report.html"), failure, missing, counts);
  }
}
