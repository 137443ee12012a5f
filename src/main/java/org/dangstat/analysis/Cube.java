package org.dangstat.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.Period;
import org.dangstat.indicators.Measures;
import org.dangstat.indicators.Orgs;
import org.dangstat.warehouse.AnalysisRepository.BranchCounts;
import org.dangstat.warehouse.AnalysisRepository;
import org.dangstat.warehouse.MeasureDefinitions;
import tech.tablesaw.api.Table;

/** The Tablesaw inputs of the indicator engine, reduced from the warehouse by PostgreSQL. */
final class Cube {

  private Cube() {}

  static Table orgs(AnalysisRepository repository) {
    Table orgs = Orgs.emptyTable();
    for (var unit : repository.orgUnits()) {
      Orgs.add(orgs, unit.code(), unit.name(), unit.parentCode(), unit.level(), unit.twoNew());
    }
    return orgs;
  }

  /**
   * Starts PostgreSQL's pass over the people (per branch counts) on another thread, so that it runs
   * while Java checks compliance on the same people: two cores busy instead of one.
   */
  static CompletableFuture<List<BranchCounts>> countInBackground(AnalysisRepository repository, Period period) {
    return Background.start("counts", () -> repository.branchMeasures(period, MeasureDefinitions.of(period)));
  }

  /**
   * New members year to date over every branch with a snapshot for the period (the cumulative
   * chart's last point), null if there is none: the count PostgreSQL made already, not a new scan.
   */
  static Integer developed(CompletableFuture<List<BranchCounts>> counting) {
    List<BranchCounts> branches = counting.join();
    return branches.isEmpty() ? null
        : branches.stream().mapToInt(b -> b.counts().getOrDefault(MeasureKeys.NEW_MEMBERS, 0)).sum();
  }

  /** Per branch counts, with the people breaking a procedure rule filled in from compliance. */
  static Table measures(CompletableFuture<List<BranchCounts>> counting, Map<String, Integer> violators) {
    Table measures = Measures.emptyTable();
    for (var branch : counting.join()) {
      Map<String, Integer> counts = new HashMap<>(branch.counts());
      counts.put(MeasureKeys.PROCEDURE_VIOLATIONS, violators.getOrDefault(branch.code(), 0));
      Measures.add(measures, branch.code(), counts);
    }
    return measures;
  }
}
