package org.dangstat.app;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersIncrementer;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * The one way every job (consolidate, analyze, allocate) gets a new run: Spring Batch's
 * {@link RunIdIncrementer} applied to the parameters of the job's last run, so {@code run.id} counts
 * 1, 2, 3 … per job in the Spring Batch tables, where a {@code history} command can list every run
 * with its parameters. A failed run is resumed with its own parameters (a restart), never a new id.
 *
 * <p>The incrementer is not declared on the jobs: Spring Batch 6's {@code JobOperator.start}
 * ignores the given parameters of a job that has one (it starts the next instance from the last
 * one's parameters), and our jobs take their inputs from their parameters.
 */
@Component
public class JobRuns {

  public static final String RUN_ID = "run.id";

  private static final JobParametersIncrementer RUN_IDS = new RunIdIncrementer();

  private final JobRepository jobRepository;

  JobRuns(JobRepository jobRepository) {
    this.jobRepository = jobRepository;
  }

  /** {@code given} with the next {@code run.id} of {@code job}. */
  public JobParameters next(Job job, JobParameters given) {
    JobParameters previous = new JobParameters();
    JobInstance last = jobRepository.getLastJobInstance(job.getName());
    if (last != null) {
      JobExecution execution = jobRepository.getLastJobExecution(last);
      if (execution != null) {
        previous = execution.getJobParameters();
      }
    }
    Long runId = RUN_IDS.getNext(previous).getLong(RUN_ID);
    return new JobParametersBuilder(given).addLong(RUN_ID, runId).toJobParameters();
  }
}
