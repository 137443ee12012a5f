package org.dangstat.analysis;

import java.nio.file.Files;
import org.dangstat.annual.AnnualRepository;
import org.dangstat.annual.YearStartRepository;
import org.dangstat.charts.CjkFont;
import org.dangstat.compliance.ComplianceChecker;
import org.dangstat.compliance.ComplianceCsv;
import org.dangstat.compliance.ProcedureRules;
import org.dangstat.excel.IndicatorsWorkbook;
import org.dangstat.indicators.Findings;
import org.dangstat.indicators.IndicatorCsv;
import org.dangstat.indicators.IndicatorEngine;
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
 * The analysis: indicators (PostgreSQL reduces people to a per-branch cube, Tablesaw does the
 * rest), then the charts, then the report. Each step writes its files into {@code <out>/<P>/}.
 */
@Configuration
class AnalysisJobConfig {

  static final String JOB_NAME = "analyze";

  @Bean
  Step indicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      AnalysisRepository repository, YearStartRepository yearStarts, AnnualRepository annualRepository,
      AnalysisState state) {
    return new StepBuilder("indicators", jobRepository).tasklet((contribution, context) -> {
      var request = state.request;
      Files.createDirectories(request.outDir());
      var checker = new ComplianceChecker(ProcedureRules.load());
      var counting = Cube.countInBackground(repository, request.period());
      var yearStart = Cube.yearStartInBackground(yearStarts, request.period());
      var annualCells = request.yearReport() ? YearEnd.countInBackground(annualRepository, request.period()) : null;
      state.stockCube = ChartSet.countStockInBackground(repository, request.period());
      var compliance = ComplianceRun.people(repository, checker, request.period());
      var orgs = Cube.orgs(repository);
      var measures = Cube.measures(counting, compliance.violators(), yearStart.join());
      state.developedInPeriod = Cube.developed(counting);
      compliance.branches(checker, measures, request.plan());
      state.indicators = IndicatorEngine.compute(orgs, measures, request.period(), request.plan());
      state.root = request.plan() != null ? request.plan().org() : rootOf(repository);
      state.view = new IndicatorView(state.indicators);
      state.completeness = Completeness.of(repository, request.period());
      state.compliance = compliance.findings();
      state.findings = Findings.of(state.indicators, request.plan(), state.root);
      state.attention = Findings.attention(state.indicators);
      IndicatorCsv.write(state.indicators, request.outDir().resolve("indicators.csv"));
      Completeness.write(state.completeness, request.outDir().resolve("completeness.csv"));
      ComplianceCsv.write(state.compliance, request.outDir().resolve("compliance.csv"));
      // the committee's printable copy, made from the very files above so the two never disagree;
      // written while the charts are drawn, and waited for before the step that finishes the report
      state.annual = annualCells == null ? null
          : YearEnd.tables(request.period(), repository, annualCells, state.indicators);
      state.annualFiles = state.annual == null ? null
          : Background.start("annual-report", () -> YearEnd.write(state.annual, request.outDir()));
      state.workbook = Background.start("workbook", () -> {
        IndicatorsWorkbook.write(state.indicators, request.outDir().resolve("completeness.csv"),
            request.outDir().resolve("compliance.csv"), request.outDir().resolve("indicators.xlsx"));
        return request.outDir().resolve("indicators.xlsx");
      });
      return RepeatStatus.FINISHED;
    }, transactionManager).allowStartIfComplete(true).build();
  }

  @Bean
  Step chartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      AnalysisRepository repository, AnalysisState state) {
    return new StepBuilder("charts", jobRepository).tasklet((contribution, context) -> {
      var request = state.request;
      CjkFont.detect().warning().ifPresent(w -> System.err.println("警告 " + w));
      var dir = Files.createDirectories(request.outDir().resolve("charts"));
      state.charts = ChartSet.render(state.view, state.root, request.period(), request.plan(), repository,
          state.stockCube, state.completeness, state.developedInPeriod, dir);
      return RepeatStatus.FINISHED;
    }, transactionManager).allowStartIfComplete(true).build();
  }

  @Bean
  Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      AnalysisState state) {
    return new StepBuilder("report", jobRepository).tasklet((contribution, context) -> {
      var r = state.request;
      ReportPage.write(new ReportPage.Content(state.root, r.period(), r.yearReport(), r.plan(), state.view,
          state.findings, state.attention, state.completeness, state.compliance, state.charts),
          r.outDir().resolve("report.html"));
      state.workbook.join(); // a failure to write it fails the job, like any other output
      if (state.annualFiles != null) {
        state.annualFiles.join();
      }
      return RepeatStatus.FINISHED;
    }, transactionManager).allowStartIfComplete(true).build();
  }

  @Bean
  Job analyzeJob(JobRepository jobRepository, Step indicatorsStep, Step chartsStep, Step reportStep) {
    return new JobBuilder(JOB_NAME, jobRepository).start(indicatorsStep).next(chartsStep).next(reportStep).build();
  }

  private static String rootOf(AnalysisRepository repository) {
    return repository.orgUnits().stream().filter(u -> u.parentCode() == null || u.parentCode().isBlank())
        .map(AnalysisRepository.OrgUnit::code).findFirst().orElse("");
  }
}
