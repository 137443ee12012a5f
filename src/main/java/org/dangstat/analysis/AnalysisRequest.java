package org.dangstat.analysis;

import java.nio.file.Path;
import org.dangstat.core.Period;
import org.dangstat.plan.Plan;

/**
 * One analysis: the period (a year means its Q4), the checked plan (null = none), and the folder
 * {@code <out>/<P>/} the results go to.
 */
public record AnalysisRequest(Period period, boolean yearReport, Plan plan, Path planFile, Path outDir) {}
