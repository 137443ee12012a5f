package org.dangstat.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dangstat.analysis.PeriodCounts.BranchCounts;
import org.dangstat.annual.YearStartRepository;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.Period;
import org.dangstat.indicators.Measures;
import org.dangstat.indicators.Orgs;
import org.dangstat.warehouse.SnapshotsInEffect;
import tech.tablesaw.api.Table;

/** The Tablesaw inputs of the indicator engine, reduced from the warehouse by PostgreSQL. */
final class Cube {

  private Cube() {}

  static Table orgs(AnalysisRepository repository) {
    Table orgs = Orgs.emptyTable();
    for (var unit : repository.orgUnits()) {
      Orgs.add(orgs, unit.code(), unit.name(), unit.parentCode(), unit.level(), unit.twoNew(), unit.category(),
          unit.staffCount(), unit.studentCount());
    }
    return orgs;
  }

  /** The one pass's counts, with what was asked of it. */
  record Counted(PeriodCells cells, PeriodCounts.Result result) {

    List<BranchCounts> measures() {
      return cells.measures(result);
    }
  }

  /**
   * Starts PostgreSQL's one pass over the people (per branch and occupation: the indicators' counts,
   * the stock charts', a year's 年报 cells) on another thread, so that it runs while Java checks
   * compliance on the same people: two cores busy instead of one.
   */
  static CompletableFuture<Counted> countInBackground(PeriodCounts counts, SnapshotsInEffect snapshots,
      Period period, boolean yearReport) {
    return Background.start("counts", () -> {
      var cells = PeriodCells.analysis(period, yearReport);
      return new Counted(cells, counts.count(period, snapshots, cells.counts()));
    });
  }

  /**
   * New members year to date over every branch with a snapshot for the period (the cumulative
   * chart's last point), null if there is none: the count PostgreSQL made already, not a new scan.
   */
  static Integer developed(CompletableFuture<Counted> counting) {
    List<BranchCounts> branches = counting.join().measures();
    return branches.isEmpty() ? null
        : branches.stream().mapToInt(b -> b.counts().getOrDefault(MeasureKeys.NEW_MEMBERS, 0)).sum();
  }

  /** Members at Y0 per branch from the (Y−1)Q4 snapshots (period-checks.md §2), counted beside. */
  static CompletableFuture<Map<String, YearStartRepository.YearStart>> yearStartInBackground(
      YearStartRepository repository, Period period, SnapshotsInEffect snapshots) {
    return Background.start("year-start", () -> repository.yearStart(period, snapshots));
  }

  static Table measures(CompletableFuture<Counted> counting, Map<String, Integer> violators,
      Map<String, YearStartRepository.YearStart> yearStart) {
    return measures(counting, violators, yearStart, Map.of(), Map.of());
  }

  /**
   * Per branch counts, with the people breaking a procedure rule filled in from compliance, the
   * measured start of the year from the (Y−1)Q4 snapshots, the cross-period findings and whether
   * the branch was on time (period-checks.md).
   */
  static Table measures(CompletableFuture<Counted> counting, Map<String, Integer> violators,
      Map<String, YearStartRepository.YearStart> yearStart, Map<String, Integer> consistencyFindings,
      Map<String, Integer> onTime) {
    Table measures = Measures.emptyTable();
    for (var branch : counting.join().measures()) {
      Map<String, Integer> counts = new HashMap<>(branch.counts());
      counts.put(MeasureKeys.PROCEDURE_VIOLATIONS, violators.getOrDefault(branch.code(), 0));
      var start = yearStart.get(branch.code());
      counts.put(MeasureKeys.PRIOR_SNAPSHOT, start == null ? 0 : 1);
      counts.put(MeasureKeys.MEMBERS_START_MEASURED, start == null ? 0 : start.members());
      counts.put(MeasureKeys.NEW_MEMBERS_PREVIOUS_YEAR, start == null ? 0 : start.newMembers());
      counts.put(MeasureKeys.CONSISTENCY_FINDINGS, consistencyFindings.getOrDefault(branch.code(), 0));
      counts.put(MeasureKeys.SUBMISSIONS_ON_TIME, onTime.getOrDefault(branch.code(), 0));
      Measures.add(measures, branch.code(), counts);
    }
    return measures;
  }
}
