package org.dangstat.consolidation;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.dangstat.warehouse.PartitionLock;
import org.springframework.amqp.ImmediateRequeueAmqpException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.MessageChannel;

/**
 * Decides whether a worker runs a partition it received, and holds the partition while it does.
 * Dropped: a request of a run that is over (a manager that timed out left it in the queue; its
 * re-run sends its own) and a partition already finished. Sent back to the queue: a partition
 * that a live worker holds. Run: a new partition, or one whose worker died ({@link PartitionLock}).
 */
final class PartitionGuard {

  private static final long BUSY_PAUSE_MILLIS = 2_000;

  private final JobRepository jobRepository;
  private final DataSource dataSource;

  PartitionGuard(JobRepository jobRepository, DataSource dataSource) {
    this.jobRepository = jobRepository;
    this.dataSource = dataSource;
  }

  /** Runs the partition of {@code text} through {@code requests} (the worker step), or drops it. */
  Object run(String text, MessageChannel requests) {
    try {
      return guarded(text, requests);
    } catch (ImmediateRequeueAmqpException e) {
      throw e;
    } catch (SQLException | RuntimeException e) {
      // the database is away: the message goes back to the queue, after a pause rather than at once
      say("分区请求未能处理，稍后重试 partition request failed, back to the queue: " + e);
      pause();
      throw new ImmediateRequeueAmqpException("partition request failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImmediateRequeueAmqpException("worker stopping", e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(BUSY_PAUSE_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Object guarded(String text, MessageChannel requests) throws SQLException, InterruptedException {
    StepExecutionRequest request = PartitionRequests.parse(text);
    if (request == null) {
      say("忽略无法识别的消息 ignored a message that is not a partition: " + text);
      return null;
    }
    if (!runnable(request)) {
      return null;
    }
    PartitionLock claim = PartitionLock.tryClaim(dataSource, request.getStepExecutionId());
    if (claim == null) {
      Thread.sleep(BUSY_PAUSE_MILLIS); // its worker lives: try again later, until it has finished
      throw new ImmediateRequeueAmqpException("partition " + request.getStepExecutionId() + " is held by a live worker");
    }
    try (claim) {
      if (!runnable(request)) { // finished by another worker between the look and the claim
        return null;
      }
      StepExecution before = jobRepository.getStepExecution(request.getStepExecutionId());
      say("分区 " + before.getStepName() + "（第 " + before.getJobExecution().getJobInstance().getInstanceId()
          + " 次运行）开始 started" + (before.getStatus().name().equals("STARTED") ? "，接手中断的分区 taking over" : ""));
      requests.send(MessageBuilder.withPayload(request).build());
      StepExecution after = jobRepository.getStepExecution(request.getStepExecutionId());
      say("分区 " + after.getStepName() + " 结束 " + after.getStatus() + "：读 " + after.getReadCount() + " 个文件，提交 "
          + after.getCommitCount() + " 次");
    }
    return null;
  }

  private boolean runnable(StepExecution partition, StepExecutionRequest request) {
    if (partition == null) {
      say("忽略未知分区 unknown partition " + request.getStepExecutionId() + "（另一个数据库的队列？）");
      return false;
    }
    if (!partition.getJobExecution().getStatus().isRunning()) {
      say("忽略已结束运行的分区 stale partition " + partition.getStepName() + "（第 "
          + partition.getJobExecution().getJobInstance().getInstanceId() + " 次运行已结束）");
      return false;
    }
    return partition.getStatus().isRunning();
  }

  private boolean runnable(StepExecutionRequest request) {
    return runnable(jobRepository.getStepExecution(request.getStepExecutionId()), request);
  }

  private static void say(String line) {
    System.out.println("  [worker " + ProcessHandle.current().pid() + "] " + line);
  }
}
