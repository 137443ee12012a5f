package org.dangstat.consolidation;

import javax.sql.DataSource;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilder;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The manager of a remote consolidation ({@code consolidate --broker}): the org tree first, as in a
 * local run, then the inbox split by branch exactly as the local job splits it
 * ({@link BranchPartitioner}), each partition sent over RabbitMQ to whichever worker takes it, and
 * the job repository polled until every partition has finished or the timeout has passed; then the
 * statistics. Spring Batch's own remote partitioning: the workers report through the job
 * repository in the shared PostgreSQL, so the broker carries requests only.
 */
@Configuration
@EnableIntegration
@ConditionalOnProperty(name = Broker.ROLE, havingValue = "manager")
class RemoteManagerConfig {

  static final String JOB_NAME = "consolidate-remote";
  /** How often the manager looks at the partitions' status in the job repository. */
  private static final long POLL_MILLIS = 1_000;

  @Bean
  CachingConnectionFactory brokerConnections(@Value("${" + Broker.URL + "}") String url) {
    return Broker.connectionFactory(url, "dangstat-manager");
  }

  @Bean
  Queue partitionQueue(@Value("${" + Broker.QUEUE + "}") String name) {
    return new Queue(name, true); // durable: partitions sent survive a restart of the broker
  }

  @Bean
  RabbitAdmin brokerAdmin(CachingConnectionFactory brokerConnections) {
    return new RabbitAdmin(brokerConnections); // declares the queue on the first connection
  }

  @Bean
  RabbitTemplate brokerTemplate(CachingConnectionFactory brokerConnections) {
    return new RabbitTemplate(brokerConnections);
  }

  @Bean
  DirectChannel partitionRequests() {
    return new DirectChannel();
  }

  @Bean
  IntegrationFlow partitionsToBroker(DirectChannel partitionRequests, RabbitTemplate brokerTemplate,
      Queue partitionQueue) {
    return IntegrationFlow.from(partitionRequests)
        .transform(StepExecutionRequest.class, PartitionRequests::toText)
        .handle(Amqp.outboundAdapter(brokerTemplate).routingKey(partitionQueue.getName()))
        .get();
  }

  /**
   * The remote variant of the local job's {@code submissions} step. Its grid size is kept in the
   * step's execution context, so a restart splits the inbox exactly as the interrupted run did.
   */
  @Bean
  Step remoteSubmissionsStep(JobRepository jobRepository, DirectChannel partitionRequests, RunTally tally,
      @Value("${" + Broker.PARTITIONS + "}") int partitions, @Value("${" + Broker.TIMEOUT_SECONDS + "}") long timeoutSeconds) {
    return new RemotePartitioningManagerStepBuilder("submissions", jobRepository)
        .partitioner(RemoteWorkerConfig.WORKER_STEP, new BranchPartitioner())
        .gridSize(partitions)
        .outputChannel(partitionRequests)
        .pollInterval(POLL_MILLIS)
        .timeout(timeoutSeconds * 1000)
        .listener(new RemoteProgress(jobRepository, tally))
        .build();
  }

  @Bean
  Job consolidateRemoteJob(JobRepository jobRepository, Step orgUnitsStep, Step remoteSubmissionsStep,
      Step statisticsStep) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(orgUnitsStep)
        .next(remoteSubmissionsStep)
        .next(statisticsStep)
        .build();
  }

  @Bean
  RemoteManager remoteManager(Job consolidateRemoteJob, JobRepository jobRepository, JobOperator jobOperator,
      DataSource dataSource) {
    return new RemoteManager(consolidateRemoteJob, jobRepository, jobOperator, dataSource);
  }
}
