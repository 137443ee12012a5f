package org.dangstat.consolidation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.dangstat.warehouse.PartitionLock;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * What the launcher does differently when the partitions run on remote workers: which job it
 * runs, how an unfinished run is taken back before it is resumed, and what the summary says of
 * partitions that did not finish. Exists only in the manager's context.
 */
final class RemoteManager {

  private final Job job;
  private final JobRepository jobRepository;
  private final JobOperator jobOperator;
  private final DataSource dataSource;

  RemoteManager(Job job, JobRepository jobRepository, JobOperator jobOperator, DataSource dataSource) {
    this.job = job;
    this.jobRepository = jobRepository;
    this.jobOperator = jobOperator;
    this.dataSource = dataSource;
  }

  Job job() {
    return job;
  }

  /**
   * Makes an unfinished run restartable. A partition still marked as running was sent by a
   * manager that timed out or died: if no worker holds it, its worker died or never took it, and
   * it is marked failed so that the restart sends it again; if a worker still holds it, resuming
   * now would let two workers load the same branches, so the run is refused.
   */
  JobExecution takeBack(JobExecution last) throws SQLException {
    JobExecution execution = reload(last);
    boolean running = execution.getStatus().isRunning();
    List<PartitionLock> held = new ArrayList<>();
    try {
      for (StepExecution partition : partitions(execution)) {
        if (partition.getStatus().isRunning()) {
          // held by us until it is marked failed: no worker can start it in between
          PartitionLock claim = PartitionLock.tryClaim(dataSource, partition.getId());
          if (claim == null) {
            throw new PartitionStillRunningException(partition.getStepName());
          }
          held.add(claim);
          running = true;
        }
      }
      return running ? jobOperator.recover(execution) : execution;
    } finally {
      for (PartitionLock claim : held) {
        claim.close();
      }
    }
  }

  /** The partitions of {@code execution} that did not complete, by name. */
  List<String> unfinished(JobExecution execution) {
    return partitions(reload(execution)).stream().filter(p -> p.getStatus() != BatchStatus.COMPLETED)
        .map(StepExecution::getStepName).sorted().toList();
  }

  /** Why the run failed, naming the partitions that are missing when the workers did not answer in time. */
  String describeFailure(JobExecution execution, String failure) {
    List<String> missing = unfinished(execution);
    boolean timedOut = execution.getAllFailureExceptions().stream().anyMatch(RemoteManager::isTimeout);
    if (timedOut) {
      return "等待工作进程超时（WORKER_TIMEOUT）：" + missing.size() + " 个分区未完成：" + String.join("、", missing)
          + "。请确认有 dangstat worker 在监听同一队列";
    }
    return missing.isEmpty() ? failure : failure + "；未完成的分区：" + String.join("、", missing);
  }

  /** Adds what the workers recorded of their partitions (unchanged, ignored, notes) to the tally. */
  void absorbTallies(JobExecution execution, RunTally tally) {
    partitions(reload(execution)).forEach(p -> PartitionTally.absorb(p, tally));
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException) {
        return true;
      }
    }
    return false;
  }

  private JobExecution reload(JobExecution execution) {
    JobExecution fresh = jobRepository.getJobExecution(execution.getId());
    return fresh != null ? fresh : execution;
  }

  private static List<StepExecution> partitions(JobExecution execution) {
    return execution.getStepExecutions().stream()
        .filter(s -> s.getStepName().startsWith(RemoteWorkerConfig.WORKER_STEP + ":")).toList();
  }
}
