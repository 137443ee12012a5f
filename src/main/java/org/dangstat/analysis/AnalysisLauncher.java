package org.dangstat.analysis;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangstat.app.JobRuns;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Runs the analysis job for a checked request and says where the report is. */
@Component
public class AnalysisLauncher {

  /** How it went: the report's path, or why it failed. */
  public record Outcome(boolean completed, Path report, String failure, int missingBranches) {}

  private final JobOperator jobOperator;
  private final Job analyzeJob;
  private final JobRuns jobRuns;
  private final AnalysisRepository repository;

  AnalysisLauncher(JobOperator jobOperator, Job analyzeJob, JobRuns jobRuns, AnalysisRepository repository) {
    this.jobOperator = jobOperator;
    this.analyzeJob = analyzeJob;
    this.jobRuns = jobRuns;
    this.repository = repository;
  }

  /** The branch codes of the current tree, for checking a plan before the job starts. */
  public Set<String> branchCodes() {
    return repository.orgUnits().stream().filter(u -> "branch".equals(u.level()))
        .map(AnalysisRepository.OrgUnit::code).collect(Collectors.toSet());
  }

  public Outcome analyze(AnalysisRequest request) throws Exception {
    var execution = jobOperator.start(analyzeJob, jobRuns.next(analyzeJob, request.parameters()));
    boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
    String failure = execution.getAllFailureExceptions().stream().map(Throwable::toString).findFirst().orElse("");
    int missing = ok ? execution.getExecutionContext().getInt(AnalysisJobConfig.MISSING_BRANCHES, 0) : 0;
    return new Outcome(ok, request.outDir().resolve("report.html"), failure, missing);
  }
}
