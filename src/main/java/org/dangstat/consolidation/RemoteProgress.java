package org.dangstat.consolidation;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The manager's progress line while the workers load: partitions finished, files and
 * transactions done, read from the job repository the workers report to (the manager's own
 * thread is waiting on it, so a timer prints).
 */
final class RemoteProgress implements StepExecutionListener {

  private static final long EVERY_SECONDS = 10;

  private final JobRepository jobRepository;
  private final RunTally tally;
  private ScheduledExecutorService timer;

  RemoteProgress(JobRepository jobRepository, RunTally tally) {
    this.jobRepository = jobRepository;
    this.tally = tally;
  }

  @Override
  public void beforeStep(StepExecution managerStep) {
    long jobExecutionId = managerStep.getJobExecutionId();
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "dangstat-remote-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(() -> print(jobExecutionId), EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
  }

  @Override
  public ExitStatus afterStep(StepExecution managerStep) {
    timer.shutdownNow();
    return null;
  }

  private void print(long jobExecutionId) {
    try {
      var execution = jobRepository.getJobExecution(jobExecutionId);
      var partitions = execution.getStepExecutions().stream()
          .filter(s -> s.getStepName().startsWith(RemoteWorkerConfig.WORKER_STEP + ":")).toList();
      long done = partitions.stream().filter(p -> !p.getStatus().isRunning()).count();
      long running = partitions.stream().filter(p -> p.getStatus() == BatchStatus.STARTED).count();
      long files = partitions.stream().mapToLong(StepExecution::getReadCount).sum();
      tally.progress(String.format("  进度 progress: 分区 %d/%d 已结束，%d 个在工作进程上运行，已读文件 %,d", done,
          partitions.size(), running, files));
    } catch (RuntimeException e) {
      // a progress line is not worth failing the run for; the next tick tries again
    }
  }
}
