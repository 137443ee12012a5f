package org.dangstat.allocation;

import java.util.Optional;
import org.dangstat.app.JobRuns;
import org.dangstat.core.Period;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Runs the allocate job and returns what it drafted. */
@Component
public class AllocationLauncher {

  /** The outcome: what was drafted and where it was written, or why not. */
  public record Outcome(boolean completed, String failure, Period reference, AllocationSummary summary) {}

  private final JobOperator jobOperator;
  private final Job allocateJob;
  private final JobRuns jobRuns;
  private final AllocationRepository repository;

  AllocationLauncher(JobOperator jobOperator, Job allocateJob, JobRuns jobRuns, AllocationRepository repository) {
    this.jobOperator = jobOperator;
    this.allocateJob = allocateJob;
    this.jobRuns = jobRuns;
    this.repository = repository;
  }

  /** The latest quarter of Y−1 in the warehouse, if any: the pipeline is read there. */
  public Optional<Period> referencePeriod(int year) {
    return repository.latestPeriod(year - 1);
  }

  public Outcome allocate(AllocationRequest request) throws Exception {
    var execution = jobOperator.start(allocateJob, jobRuns.next(allocateJob, request.parameters()));
    boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
    String failure = execution.getAllFailureExceptions().stream().map(org.dangstat.app.JobFailure::message).findFirst().orElse("");
    return new Outcome(ok, failure, request.reference(),
        ok ? AllocationSummary.from(execution.getExecutionContext()) : null);
  }
}
