package org.dangstat.allocation;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dangstat.core.Period;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * One draft: the year Y to plan, the total given (or null) or the net growth rate to derive it
 * from, the activists' cut-off date, the base plan whose targets carry over (may be null, read
 * from {@code baseFile}), the period whose pipeline is read, and the output folder
 * {@code <out>/allocation-Y/}. It travels as the job's parameters, so the Spring Batch tables say
 * what every run drafted from what.
 */
public record AllocationRequest(int year, Integer total, Double netGrowthRate, LocalDate cutOff, Plan base,
    Path baseFile, Period reference, Path outDir) {

  JobParameters parameters() {
    return new JobParametersBuilder()
        .addLong("year", (long) year)
        .addString("reference", reference.toString())
        .addString("total", total == null ? "" : total.toString(), false)
        .addString("net_growth_rate", netGrowthRate == null ? "" : netGrowthRate.toString(), false)
        .addString("cut_off", cutOff.toString(), false)
        .addString("plan", baseFile == null ? "" : baseFile.toAbsolutePath().toString(), false)
        .addString("out", outDir.toAbsolutePath().toString(), false)
        .toJobParameters();
  }

  /** The request a run was started with; the base plan, checked before the start, is read again. */
  static AllocationRequest of(JobParameters p) {
    String total = p.getString("total");
    String rate = p.getString("net_growth_rate");
    String plan = p.getString("plan");
    Path baseFile = plan == null || plan.isEmpty() ? null : Path.of(plan);
    return new AllocationRequest(p.getLong("year").intValue(), total.isEmpty() ? null : Integer.valueOf(total),
        rate.isEmpty() ? null : Double.valueOf(rate), LocalDate.parse(p.getString("cut_off")),
        baseFile == null ? null : PlanReader.read(baseFile, IndicatorCatalog.standard().keySet(), null), baseFile,
        Period.parse(p.getString("reference")).orElseThrow(), Path.of(p.getString("out")));
  }
}
