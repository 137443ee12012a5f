package org.dangstat.allocation;

import java.util.List;
import org.dangstat.core.Period;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** Runs the allocate job and returns what it drafted. */
@Component
public class AllocationLauncher {

  /** The outcome: the allocation and its files, or why not. */
  public record Outcome(boolean completed, String failure, Period reference, Allocation allocation,
      AllocationFiles.Written files, List<String> notes) {}

  private final JobOperator jobOperator;
  private final Job allocateJob;
  private final AllocationState state;
  private final AllocationRepository repository;

  AllocationLauncher(JobOperator jobOperator, Job allocateJob, AllocationState state, AllocationRepository repository) {
    this.jobOperator = jobOperator;
    this.allocateJob = allocateJob;
    this.state = state;
    this.repository = repository;
  }

  /** The latest quarter of Y−1 in the warehouse, if any: the pipeline is read there. */
  public java.util.Optional<Period> referencePeriod(int year) {
    return repository.latestPeriod(year - 1);
  }

  public Outcome allocate(AllocationRequest request, Period reference) throws Exception {
    state.request = request;
    state.reference = reference;
    var execution = jobOperator.start(allocateJob, new JobParametersBuilder()
        .addLong("year", (long) request.year())
        .addString("total", String.valueOf(request.total()), false)
        .addString("net_growth_rate", String.valueOf(request.netGrowthRate()), false)
        .addString("cut_off", request.cutOff().toString(), false)
        .addString("out", request.outDir().toString(), false)
        .addLong("run.id", System.currentTimeMillis())
        .toJobParameters());
    boolean ok = execution.getStatus() == BatchStatus.COMPLETED;
    String failure = execution.getAllFailureExceptions().stream().map(Throwable::toString).findFirst().orElse("");
    return new Outcome(ok, failure, reference, ok ? state.allocation : null, ok ? state.written : null,
        ok ? state.notes : List.of());
  }
}
