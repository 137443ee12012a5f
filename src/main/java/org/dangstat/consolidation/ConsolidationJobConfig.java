package org.dangstat.consolidation;

import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.dangstat.app.RunContext;
import org.dangstat.integrity.ConsistencyRepository;
import org.dangstat.integrity.PeriodLocks;
import org.dangstat.warehouse.IdHasher;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.IteratorItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly consolidation: the org tree first, then every branch file of the inbox, split by
 * branch between worker threads, each file whole or not at all. Inputs come only from job
 * parameters: {@code inbox} (identifying, with {@code run.id}), {@code archive}, and
 * {@code now} (optional, see {@link RunClock}).
 */
@Configuration
class ConsolidationJobConfig {

  static final String JOB_NAME = "consolidate";
  /**
   * Files per transaction. Each file still goes in or out whole (a file with an error has its rows
   * taken back in the same transaction); a failure or a kill rolls back the chunk, and a re-run
   * loads those files again. The chunk's files share one COPY and a few set-based statements
   * (FileBatch): one commit per file cost more than the rows of a small branch file. 50 rather
   * than 20: each chunk is ~8 round trips, a commit (a WAL fsync, which also stalls the archive's
   * file creations on the same disk) and the job repository's update; a chunk of 50 typical
   * branch files is ~25,000 rows, still a small transaction.
   */
  static final int FILES_PER_TRANSACTION = 50;
  /**
   * Worker threads over the inbox, split by branch. With two, reading and validating (Java) and
   * COPY (PostgreSQL) keep two cores busy instead of waiting for each other; more gained nothing
   * on the 2-core machines measured (docs/performance.md).
   */
  static final int WORKERS = 2;
  private static final String INSTANCE = "#{stepExecution.jobExecution.jobInstance.instanceId}";

  /**
   * This run's "now", read once per step from the job parameters. Not proxied (a record cannot
   * be): only the step-scoped beans below take it, inside their step.
   */
  @Bean
  @Scope(value = "step", proxyMode = ScopedProxyMode.NO)
  RunClock runClock(@Value("#{jobParameters['now']}") String now,
      @Value("#{stepExecution.jobExecution.startTime}") java.time.LocalDateTime launched) {
    return RunClock.of(now, launched);
  }

  // readers

  /** This worker's share of the inbox: every file of the branches its partition owns. */
  @Bean
  @StepScope
  InboxShare inboxShare(@Value("#{jobParameters['inbox']}") String inbox,
      @Value("#{jobParameters['minAgeSeconds'] ?: 0}") long minAgeSeconds,
      @Value("#{stepExecutionContext['partition']}") int partition,
      @Value("#{stepExecutionContext['partitions']}") int partitions, RunTally tally, RunClock clock) {
    var scan = InboxScanner.scan(Path.of(inbox), Duration.ofSeconds(minAgeSeconds), clock.instant());
    // what the walk left out (too new, unreadable) the org-tree step lists: it runs in every execution
    var files = scan.files().stream().filter(f -> BranchPartitioner.owns(f, partition, partitions)).toList();
    tally.expect(files.size());
    return new InboxShare(files);
  }

  @Bean
  @StepScope
  IteratorItemReader<InboxFile> inboxReader(InboxShare inboxShare) {
    return new IteratorItemReader<>(inboxShare.files());
  }

  // processors

  @Bean
  @StepScope
  TriageProcessor triageProcessor(SubmissionRepository submissions, OrgUnitRepository orgUnits,
      @Value(INSTANCE) long jobInstanceId, InboxShare inboxShare, @Value("#{jobParameters['archive']}") String archive,
      PeriodLocks locks, RunClock clock, FileStamps stamps) {
    return new TriageProcessor(submissions, orgUnits, jobInstanceId, clock.today(),
        inboxShare.files().stream().map(InboxFile::fileName).distinct().toList(), new Archive(Path.of(archive)), locks,
        new ContentHashes(stamps, inboxShare.files(), FileStamp.grace()));
  }

  // writers

  @Bean
  @StepScope
  SubmissionWriter submissionWriter(DataSource dataSource, SubmissionBatches submissions,
      SnapshotStore snapshots, IssueRepository issues, RunContext run, RunTally tally, @Value(INSTANCE) long jobInstanceId,
      ConsistencyRepository consistency, RunClock clock, RunKeyScreen screen, FileStamps stamps) {
    var batch = new FileBatch(dataSource, submissions, snapshots, issues, new IdHasher(run.idKey()),
        tally, jobInstanceId, run.dataDir(), consistency, clock, screen);
    return new SubmissionWriter(dataSource, batch, tally, stamps, clock);
  }

  @Bean
  @StepScope
  OrgUnitsTasklet orgUnitsTasklet(@Value("#{jobParameters['inbox']}") String inbox,
      @Value("#{jobParameters['minAgeSeconds'] ?: 0}") long minAgeSeconds,
      @Value("#{jobParameters['archive']}") String archive, SubmissionRepository submissions,
      OrgUnitRepository orgUnits, IssueRepository issues, RunContext run, RunTally tally, @Value(INSTANCE) long jobInstanceId,
      RunClock clock) {
    return new OrgUnitsTasklet(Path.of(inbox), Duration.ofSeconds(minAgeSeconds), submissions, orgUnits, issues,
        new Archive(Path.of(archive)), tally, jobInstanceId, run.dataDir(), clock);
  }

  // steps

  @Bean
  Step orgUnitsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      OrgUnitsTasklet orgUnitsTasklet) {
    return new StepBuilder("orgUnits", jobRepository)
        .tasklet(orgUnitsTasklet, transactionManager)
        .allowStartIfComplete(true)
        .build();
  }

  @Bean
  Step submissionsStep(JobRepository jobRepository, Step submissionsWorkerStep) {
    var threads = new SimpleAsyncTaskExecutor("consolidate-");
    threads.setConcurrencyLimit(WORKERS);
    return new StepBuilder("submissions", jobRepository)
        .partitioner("submissionsWorker", new BranchPartitioner())
        .step(submissionsWorkerStep)
        .gridSize(WORKERS)
        .taskExecutor(threads)
        .build();
  }

  @Bean
  Step submissionsWorkerStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      IteratorItemReader<InboxFile> inboxReader, TriageProcessor triageProcessor,
      SubmissionWriter submissionWriter) {
    return new StepBuilder("submissionsWorker", jobRepository)
        .<InboxFile, TriagedFile>chunk(FILES_PER_TRANSACTION)
        .transactionManager(transactionManager)
        .reader(inboxReader)
        .processor(triageProcessor)
        .writer(submissionWriter)
        .build();
  }

  /**
   * Fresh planner statistics when this run (or its interrupted earlier execution) registered a
   * file; a run that found nothing new skips it: ANALYZE of a large warehouse was most of its time.
   */
  @Bean
  Step statisticsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      Statistics statistics, SubmissionRepository submissions) {
    return new StepBuilder("statistics", jobRepository)
        .tasklet((contribution, chunkContext) -> {
          long instance = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstance()
              .getInstanceId();
          if (submissions.anyOfJobInstance(instance)) {
            statistics.refresh();
          }
          return RepeatStatus.FINISHED;
        }, transactionManager)
        .allowStartIfComplete(true)
        .build();
  }

  // job

  @Bean
  Job consolidateJob(JobRepository jobRepository, Step orgUnitsStep, Step submissionsStep,
      Step statisticsStep) {
    return new JobBuilder(JOB_NAME, jobRepository)
        .start(orgUnitsStep)
        .next(submissionsStep)
        .next(statisticsStep)
        .build();
  }
}
