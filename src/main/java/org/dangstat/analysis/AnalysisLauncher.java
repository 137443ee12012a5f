package org.dangstat.analysis;

import java.nio.file.Path;
import org.dangstat.core.SubmissionStatus;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Runs the analysis job for a checked request and says where the report is. */
@Component
public class AnalysisLauncher {

  /** How it went: the report's path, or why it failed. */
  public record Outcome(boolean completed, Path report, String failure, int missingBranches) {}

  private final JobOperator jobOperator;
  private final Job analyzeJob;
  private final AnalysisState state;
  private final AnalysisRepository repository;

  AnalysisLauncher(JobOperator jobOperator, Job analyzeJob, AnalysisState state, AnalysisRepository repository) {
    this.jobOperator = jobOperator;
    this.analyzeJob = analyzeJob;
    this.state = state;
    this.repository = repository;
  }

  /** The branch codes of the current tree, for checking a plan before the job starts. */
  public java.util.Set<String> branchCodes() {
    return repository.orgUnits().stream().filter(u -> "branch".equals(u.level()))
        .map(AnalysisRepository.OrgUnit::code).collect(java.util.stream.Collectors.toSet());
  }

  public Outcome analyze(AnalysisRequest request) throws Exception {
    state.request = request;
    var parameters = new JobParametersBuilder()
        .addString("period", request.period().toString())
        .addString("out", request.outDir().toAbsolutePath().toString())
        .addString("plan", request.planFile() == null ? "" : request.planFile().toString(), false)
        .addLong("run.id", System.currentTimeMillis())
        .toJobParameters();
    var execution = jobOperator.start(analyzeJob, parameters);
    boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
    String failure = execution.getAllFailureExceptions().stream().map(Throwable::toString).findFirst().orElse("");
    int missing = ok ? (int) state.completeness.stream().filter(r -> !SubmissionStatus.ACCEPTED.is(r.status())).count() : 0;
    return new Outcome(ok, request.outDir().resolve("report.html"), failure, missing);
  }
}
