package org.dangstat.allocation;

import java.nio.file.Files;
import org.dangstat.analysis.AnalysisRepository;
import org.dangstat.analysis.PeriodCounts;
import org.dangstat.plan.Plan;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Quota drafting: read the pipeline of Y−1, allocate, write the draft plan and its explanations.
 * The request comes from the job parameters ({@link AllocationRequest}); what the command prints
 * goes back through the job's execution context ({@link AllocationSummary}).
 */
@Configuration
class AllocationJobConfig {

  static final String JOB_NAME = "allocate";

  @Bean
  Step allocationStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      AnalysisRepository analysis, PeriodCounts counts, AllocationRepository allocation) {
    return new StepBuilder("allocation", jobRepository).tasklet((contribution, context) -> {
      AllocationRequest r = AllocationRequest.of(contribution.getStepExecution().getJobParameters());
      var inputs = PipelineSource.read(analysis, counts, allocation, r.reference(), r.cutOff());
      Estimate estimate = r.total() != null ? TotalEstimator.given(r.total())
          : TotalEstimator.fromNetGrowth(r.netGrowthRate(), inputs.history());
      var targets = r.base() != null ? r.base().targets() : DraftPlan.defaultTargets();
      double tolerance = r.base() != null ? r.base().tolerance() : DraftPlan.defaults().tolerance();
      var subQuotas = r.base() != null ? r.base().subQuotas() : DraftPlan.defaults().subQuotas();
      Allocation drafted = Allocator.allocate(inputs.pipelines(), estimate, targets, tolerance, subQuotas);
      Files.createDirectories(r.outDir());
      var written = AllocationFiles.write(drafted, r.base(), r.year(), inputs.root(), r.outDir());
      AllocationSummary.of(drafted, inputs.notes(), written)
          .into(contribution.getStepExecution().getJobExecution().getExecutionContext());
      return RepeatStatus.FINISHED;
    }, transactionManager).allowStartIfComplete(true).build();
  }

  @Bean
  Job allocateJob(JobRepository jobRepository, Step allocationStep) {
    return new JobBuilder(JOB_NAME, jobRepository).start(allocationStep).build();
  }
}
