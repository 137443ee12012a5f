package org.dangstat.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.charts.ChartFile;
import org.dangstat.charts.QuotaCapacityChart;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanWriter;

/** Writes everything the allocate command produces into one folder. */
public final class AllocationFiles {

  /** What was written. */
  public record Written(Path plan, Path csv, Path xlsx, ChartFile chart, Path html) {}

  private AllocationFiles() {}

  /**
   * {@code plan-Y.draft.yml}, {@code allocation.csv}, {@code allocation.xlsx},
   * {@code quota_vs_capacity.png/.svg} and {@code allocation.html} in {@code dir}.
   *
   * @param base this year's plan, whose tolerance and targets the draft keeps; may be null
   */
  public static Written write(Allocation allocation, Plan base, int year, String rootOrg,
      Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    Path plan = dir.resolve("plan-" + year + ".draft.yml");
    Map<String, String> notes = new HashMap<>();
    allocation.branches().forEach(b -> {
      String note = allocation.subQuotaNote(b.code());
      if (!note.isEmpty()) {
        notes.put(b.code(), note);
      }
    });
    PlanWriter.write(DraftPlan.of(allocation, base, year, rootOrg), notes, plan);
    Path csv = AllocationCsv.write(allocation, dir.resolve("allocation.csv"));
    Path xlsx = AllocationXlsx.write(allocation, dir.resolve("allocation.xlsx"));
    ChartFile chart = QuotaCapacityChart.render(chartBranches(allocation.branches()), dir);
    Path html = AllocationPage.write(allocation, year, rootOrg, chart.png(),
        dir.resolve("allocation.html"));
    return new Written(plan, csv, xlsx, chart, html);
  }

  /** Chart labels are the names; a name used twice gets its code so no bars merge. */
  static List<QuotaCapacityChart.Branch> chartBranches(List<BranchQuota> branches) {
    Map<String, Integer> uses = new HashMap<>();
    branches.forEach(b -> uses.merge(b.name(), 1, Integer::sum));
    return branches.stream().map(b -> new QuotaCapacityChart.Branch(
        uses.get(b.name()) > 1 ? b.name() + "（" + b.code() + "）" : b.name(),
        b.capacity(), b.quota())).toList();
  }
}
