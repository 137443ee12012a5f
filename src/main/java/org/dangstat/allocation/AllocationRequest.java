package org.dangstat.allocation;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dangstat.plan.Plan;

/**
 * One draft: the year Y to plan, the total given (or null) or the net growth rate to derive it
 * from, the activists' cut-off date, the base plan whose targets carry over (may be null), and
 * the output folder {@code <out>/allocation-Y/}.
 */
public record AllocationRequest(int year, Integer total, Double netGrowthRate, LocalDate cutOff, Plan base,
    Path outDir) {}
