package org.dangstat.allocation;

import java.util.Arrays;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the allocate command tells its user about a finished draft. It goes from the step to the
 * launcher through the job's execution context, which Spring Batch keeps in its tables with the
 * run, so it holds only text and numbers.
 */
public record AllocationSummary(String explanation, int total, int capacityTotal, int branchesWithQuota,
    List<String> warnings, List<String> notes, String plan, String html) {

  private static final String PREFIX = "allocation.";
  /** Lines of a list are kept as one text. */
  private static final String LINES = "\n";

  static AllocationSummary of(Allocation a, List<String> notes, AllocationFiles.Written files) {
    return new AllocationSummary(a.explanation(), a.total(), a.capacityTotal(),
        (int) a.branches().stream().filter(b -> b.quota() > 0).count(), a.warnings(), notes,
        files.plan().toString(), files.html().toString());
  }

  void into(ExecutionContext context) {
    context.putString(PREFIX + "explanation", explanation);
    context.putInt(PREFIX + "total", total);
    context.putInt(PREFIX + "capacity_total", capacityTotal);
    context.putInt(PREFIX + "branches_with_quota", branchesWithQuota);
    context.putString(PREFIX + "warnings", String.join(LINES, warnings));
    context.putString(PREFIX + "notes", String.join(LINES, notes));
    context.putString(PREFIX + "plan", plan);
    context.putString(PREFIX + "html", html);
  }

  static AllocationSummary from(ExecutionContext context) {
    return new AllocationSummary(context.getString(PREFIX + "explanation"), context.getInt(PREFIX + "total"),
        context.getInt(PREFIX + "capacity_total"), context.getInt(PREFIX + "branches_with_quota"),
        lines(context.getString(PREFIX + "warnings")), lines(context.getString(PREFIX + "notes")),
        context.getString(PREFIX + "plan"), context.getString(PREFIX + "html"));
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split(LINES));
  }
}
