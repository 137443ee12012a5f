package org.dangstat.analysis;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.dangstat.core.Period;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One analysis: the period (a year means its Q4), the checked plan (null = none), the folder
 * {@code <out>/<P>/} the results go to, the moment whose snapshots are analysed ({@code asOf}:
 * --as-of or the time of the period's lock, null = now) and when the period was locked (null =
 * open). It travels as the job's parameters ({@code period},
 * {@code report}, {@code out} identify a run; {@code plan} is the file read again by the job), so
 * the Spring Batch tables say what every run analysed.
 */
public record AnalysisRequest(Period period, boolean yearReport, Plan plan, Path planFile, Path outDir,
    OffsetDateTime asOf, OffsetDateTime lockedAt) {

  /** An analysis of the snapshots in effect now (unless the period is locked). */
  public AnalysisRequest(Period period, boolean yearReport, Plan plan, Path planFile, Path outDir) {
    this(period, yearReport, plan, planFile, outDir, null, null);
  }

  /** The same request as of {@code moment}, the period locked at {@code lockedAt}. */
  AnalysisRequest at(OffsetDateTime moment, OffsetDateTime locked) {
    return new AnalysisRequest(period, yearReport, plan, planFile, outDir, moment, locked);
  }

  static final String PERIOD = "period";
  static final String REPORT = "report";
  static final String OUT = "out";
  static final String PLAN = "plan";
  static final String AS_OF = "as-of";
  static final String LOCKED_AT = "locked-at";

  JobParameters parameters() {
    return new JobParametersBuilder()
        .addString(PERIOD, period.toString())
        .addString(REPORT, yearReport ? "year" : "quarter")
        .addString(OUT, outDir.toAbsolutePath().toString())
        .addString(PLAN, planFile == null ? "" : planFile.toAbsolutePath().toString(), false)
        .addString(AS_OF, asOf == null ? "" : asOf.toString(), false)
        .addString(LOCKED_AT, lockedAt == null ? "" : lockedAt.toString(), false)
        .toJobParameters();
  }

  /** The request a run was started with; the plan, checked before the start, is read again. */
  static AnalysisRequest of(JobParameters p) {
    String plan = p.getString(PLAN);
    Path planFile = plan == null || plan.isEmpty() ? null : Path.of(plan);
    return new AnalysisRequest(Period.parse(p.getString(PERIOD)).orElseThrow(), "year".equals(p.getString(REPORT)),
        planFile == null ? null : PlanReader.read(planFile, IndicatorCatalog.standard().keySet(), null), planFile,
        Path.of(p.getString(OUT)), moment(p.getString(AS_OF)), moment(p.getString(LOCKED_AT)));
  }

  private static OffsetDateTime moment(String text) {
    return text == null || text.isEmpty() ? null : OffsetDateTime.parse(text);
  }
}
