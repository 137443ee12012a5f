package org.dangstat.consolidation;

import javax.sql.DataSource;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.support.IteratorItemReader;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilder;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A worker of a remote consolidation ({@code dangstat worker}): takes one partition at a time from
 * the broker and runs the same reader, processor and writer as a local worker thread, in a
 * transaction of {@link ConsolidationJobConfig#FILES_PER_TRANSACTION} files, reporting through the
 * job repository. The message is acknowledged only when the partition has run, so the partition
 * of a worker that dies goes back to the queue and another worker takes it over
 * ({@link PartitionGuard} makes sure its first worker is really gone).
 */
@Configuration
@EnableIntegration
@ConditionalOnProperty(name = Broker.ROLE, havingValue = "worker")
class RemoteWorkerConfig {

  /** The worker step's name, and its bean's: Spring Batch's step locator finds it by bean name. */
  static final String WORKER_STEP = "submissionsWorker";

  @Bean
  CachingConnectionFactory brokerConnections(@Value("${" + Broker.URL + "}") String url) {
    return Broker.connectionFactory(url, "dangstat-worker");
  }

  @Bean
  Queue partitionQueue(@Value("${" + Broker.QUEUE + "}") String name) {
    return new Queue(name, true);
  }

  @Bean
  RabbitAdmin brokerAdmin(CachingConnectionFactory brokerConnections) {
    return new RabbitAdmin(brokerConnections);
  }

  @Bean
  DirectChannel workerRequests() {
    return new DirectChannel();
  }

  @Bean
  PartitionGuard partitionGuard(JobRepository jobRepository, DataSource dataSource) {
    return new PartitionGuard(jobRepository, dataSource);
  }

  /** One consumer, one unacknowledged message: a worker holds at most the partition it runs. */
  @Bean
  IntegrationFlow partitionsFromBroker(CachingConnectionFactory brokerConnections, Queue partitionQueue,
      PartitionGuard partitionGuard, DirectChannel workerRequests) {
    return IntegrationFlow.from(Amqp.inboundAdapter(brokerConnections, partitionQueue)
            .configureContainer(c -> c.concurrentConsumers(1).prefetchCount(1).defaultRequeueRejected(true)))
        .handle(String.class, (text, headers) -> partitionGuard.run(text, workerRequests))
        .get();
  }

  @Bean(WORKER_STEP)
  Step submissionsWorker(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      BeanFactory beanFactory, DirectChannel workerRequests, IteratorItemReader<InboxFile> inboxReader,
      TriageProcessor triageProcessor, SubmissionWriter submissionWriter, RunTally tally) {
    return new RemotePartitioningWorkerStepBuilder(WORKER_STEP, jobRepository)
        .inputChannel(workerRequests)
        .beanFactory(beanFactory)
        .listener(new PartitionTally(tally))
        .<InboxFile, TriagedFile>chunk(ConsolidationJobConfig.FILES_PER_TRANSACTION)
        .transactionManager(transactionManager)
        .reader(inboxReader)
        .processor(triageProcessor)
        .writer(submissionWriter)
        .build();
  }
}
