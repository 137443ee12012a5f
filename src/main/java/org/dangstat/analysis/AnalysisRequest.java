package org.dangstat.analysis;

import java.nio.file.Path;
import org.dangstat.core.Period;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One analysis: the period (a year means its Q4), the checked plan (null = none), and the folder
 * {@code <out>/<P>/} the results go to. It travels as the job's parameters ({@code period},
 * {@code report}, {@code out} identify a run; {@code plan} is the file read again by the job), so
 * the Spring Batch tables say what every run analysed.
 */
public record AnalysisRequest(Period period, boolean yearReport, Plan plan, Path planFile, Path outDir) {

  static final String PERIOD = "period";
  static final String REPORT = "report";
  static final String OUT = "out";
  static final String PLAN = "plan";

  JobParameters parameters() {
    return new JobParametersBuilder()
        .addString(PERIOD, period.toString())
        .addString(REPORT, yearReport ? "year" : "quarter")
        .addString(OUT, outDir.toAbsolutePath().toString())
        .addString(PLAN, planFile == null ? "" : planFile.toAbsolutePath().toString(), false)
        .toJobParameters();
  }

  /** The request a run was started with; the plan, checked before the start, is read again. */
  static AnalysisRequest of(JobParameters p) {
    String plan = p.getString(PLAN);
    Path planFile = plan == null || plan.isEmpty() ? null : Path.of(plan);
    return new AnalysisRequest(Period.parse(p.getString(PERIOD)).orElseThrow(), "year".equals(p.getString(REPORT)),
        planFile == null ? null : PlanReader.read(planFile, IndicatorCatalog.standard().keySet(), null), planFile,
        Path.of(p.getString(OUT)));
  }
}
