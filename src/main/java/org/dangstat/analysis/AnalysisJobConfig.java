package org.dangstat.analysis;

import java.nio.file.Files;
import java.util.List;
import org.dangstat.annual.BalanceView;
import org.dangstat.annual.YearStartRepository;
import org.dangstat.charts.CjkFont;
import org.dangstat.compliance.ComplianceChecker;
import org.dangstat.compliance.ProcedureRules;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.indicators.IndicatorEngine;
import org.dangstat.integrity.ConsistencyRepository;
import org.dangstat.integrity.Timeliness;
import org.dangstat.warehouse.SnapshotIndex;
import org.springframework.batch.core.configuration.annotation.JobScope;
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
 * The request comes from the job parameters ({@link AnalysisRequest}); the steps hand their
 * results on through the execution's own {@link AnalysisRun}.
 */
@Configuration
class AnalysisJobConfig {

  static final String JOB_NAME = "analyze";
  /** In the job's execution context: branches without an accepted file this period. */
  static final String MISSING_BRANCHES = "missing_branches";
  /** In the job's execution context, for the summary's counts: branches, compliance findings, charts. */
  static final String BRANCHES = "branches";
  static final String COMPLIANCE_FINDINGS = "compliance_findings";
  static final String CHARTS = "charts";

  /** A new one for every execution of the job. */
  @Bean
  @JobScope
  AnalysisRun analysisRun() {
    return new AnalysisRun();
  }

  @Bean
  Step indicatorsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      AnalysisRepository current, YearStartRepository yearStarts, PeriodCounts periodCounts,
      ConsistencyRepository consistency, Timeliness timeliness, SnapshotIndex index, AnalysisRun run) {
    return new StepBuilder("indicators", jobRepository).tasklet((contribution, context) -> {
      var request = AnalysisRequest.of(contribution.getStepExecution().getJobParameters());
      // the snapshots in effect now, or at the moment of the lock / --as-of (period-checks.md §3)
      var repository = current.asOf(request.asOf());
      var snapshots = repository.snapshots();
      // the period's rows are read through the BRIN index, which knows a night's new rows only once
      // summarized (autovacuum does it too, in its own time): ~0.3 s after a load of 1M, else ~ms
      Timing.time("summarize", index::summarizeNewRanges);
      Files.createDirectories(request.outDir());
      var checker = new ComplianceChecker(ProcedureRules.load(),
          request.plan() == null ? null : request.plan().servicePointsMin());
      var counting = Cube.countInBackground(periodCounts, snapshots, request.period(), request.yearReport());
      var yearStart = Cube.yearStartInBackground(yearStarts, request.period(), snapshots);
      var checking = Background.start("consistency", () -> consistency.forPeriod(snapshots, request.period()));
      // a year's balance is explained by what every quarter of it said against the one before
      var yearChain = request.yearReport()
          ? Background.start("year-chain", () -> consistency.forYear(snapshots, request.period().year())) : null;
      var compliance = Timing.time("compliance", () -> ComplianceRun.people(repository, checker, request.period()));
      var orgs = Cube.orgs(repository);
      var completeness = Timing.time("completeness", () -> Completeness.of(repository, request.period(), timeliness, request.plan()));
      var crossPeriod = Timing.time("wait-consistency", checking::join);
      Timing.time("wait-counts", counting::join);
      var measures = Cube.measures(counting, compliance.violators(), yearStart.join(),
          Integrity.findingsPerBranch(crossPeriod), Integrity.onTimePerBranch(completeness));
      Integer developedInPeriod = Cube.developed(counting);
      compliance.branches(checker, measures, request.plan());
      var indicators = Timing.time("indicators", () -> IndicatorEngine.compute(orgs, measures, request.period(), request.plan()));
      String root = request.plan() != null ? request.plan().org() : rootOf(repository);
      var findings = List.copyOf(compliance.findings());
      var outputs = Outputs.start(request, repository, counting, indicators, completeness, findings, crossPeriod, root);
      var view = Timing.time("view", () -> new IndicatorView(indicators));
      run.figures(new AnalysisRun.Figures(request, root, indicators, view, completeness,
          findings, outputs.words(), counting, developedInPeriod, outputs.annual(), outputs.annualFiles(),
          outputs.workbook(), outputs.files(), crossPeriod, yearChain == null ? null : yearChain.join()));
      var job = contribution.getStepExecution().getJobExecution().getExecutionContext();
      job.putInt(MISSING_BRANCHES, (int) completeness.stream().filter(r -> !SubmissionStatus.ACCEPTED.is(r.status())).count());
      job.putInt(BRANCHES, completeness.size());
      job.putInt(COMPLIANCE_FINDINGS, findings.size());
      return RepeatStatus.FINISHED;
    }, transactionManager).allowStartIfComplete(true).build();
  }

  @Bean
  Step chartsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
      AnalysisRepository current, AnalysisRun run) {
    return new StepBuilder("charts", jobRepository).tasklet((contribution, context) -> {
      var f = run.figures();
      var request = f.request();
      var repository = current.asOf(request.asOf());
      CjkFont.detect(); // registers the bundled font before the first chart
      var dir = Files.createDirectories(request.outDir().resolve("charts"));
      run.charts(Timing.time("charts", () -> ChartSet.render(f.view(), f.root(), request.period(), request.plan(),
          repository, f.counted(), f.completeness(), f.developedInPeriod(), dir)));
      contribution.getStepExecution().getJobExecution().getExecutionContext().putInt(CHARTS, run.charts().size());
      return RepeatStatus.FINISHED;
    }, transactionManager).allowStartIfComplete(true).build();
  }

  @Bean
  Step reportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, AnalysisRun run) {
    return new StepBuilder("report", jobRepository).tasklet((contribution, context) -> {
      var f = run.figures();
      var r = f.request();
      var words = Timing.time("wait-findings", f.words()::join);
      var annual = f.annual() == null ? null : Timing.time("wait-annual", f.annual()::join);
      Timing.time("report-html", () -> ReportPage.write(new ReportPage.Content(f.root(), r.period(), r.yearReport(),
          r.plan(), f.view(), words.findings(), words.attention(), f.completeness(), f.compliance(), run.charts(),
          annual == null ? null : BalanceView.of(annual), f.consistency(), f.yearChain(), r.asOf(),
          r.lockedAt()),
          r.outDir().resolve("report.html")));
      // a failure to write one of them fails the job, like any other output
      Timing.time("wait-files", f.files()::join);
      Timing.time("wait-workbook", f.workbook()::join);
      if (f.annualFiles() != null) {
        Timing.time("wait-annual-files", f.annualFiles()::join);
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
