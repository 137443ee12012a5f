package org.dangstat.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.analysis.AnalysisRepository;
import org.dangstat.analysis.PeriodCounts;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.Period;
import org.dangstat.core.Stage;
import org.dangstat.core.Under35;

/**
 * Builds the allocator's inputs from the warehouse: each branch's pipeline at the latest period of
 * Y−1 (never an older snapshot silently), and the township's flows of the last two years.
 */
final class PipelineSource {

  record Inputs(Period reference, String root, List<BranchPipeline> pipelines, History history,
      List<String> notes) {}

  private PipelineSource() {}

  static Inputs read(AnalysisRepository analysis, PeriodCounts periodCounts, AllocationRepository allocation,
      Period reference, LocalDate cutOff) {
    var units = analysis.orgUnits();
    Map<String, AnalysisRepository.OrgUnit> byCode = new HashMap<>();
    units.forEach(u -> byCode.put(u.code(), u));
    String root = units.stream().filter(u -> u.parentCode() == null || u.parentCode().isBlank())
        .map(AnalysisRepository.OrgUnit::code).findFirst().orElse("");
    Map<String, List<Candidate>> ready = new HashMap<>();
    for (var p : allocation.pipeline(reference)) {
      Candidate c = new Candidate("F".equals(p.sex()), Under35.on(p.birthDate(), cutOff), p.frontline(),
          byCode.containsKey(p.branchCode()) && byCode.get(p.branchCode()).twoNew(), p.activistOn(),
          Stage.CANDIDATE.is(p.stage()) ? p.candidateOn() : null, p.occupation());
      if (c.readyBy(cutOff)) {
        ready.computeIfAbsent(p.branchCode(), k -> new ArrayList<>()).add(c);
      }
    }
    List<BranchPipeline> pipelines = new ArrayList<>();
    int membersNow = 0;
    int left = 0;
    int transferredIn = 0;
    var measures = periodCounts.branchMeasures(reference);
    for (var m : measures) {
      var counts = m.counts();
      var unit = byCode.get(m.code());
      pipelines.add(new BranchPipeline(m.code(), unit == null ? m.code() : unit.name(),
          counts.get(MeasureKeys.MEMBERS_TOTAL) - counts.get(MeasureKeys.MEMBERS_PROBATIONARY),
          counts.get(MeasureKeys.ACTIVISTS), counts.get(MeasureKeys.CANDIDATES), ready.getOrDefault(m.code(), List.of()),
          unit == null ? null : unit.category()));
      membersNow += counts.get(MeasureKeys.MEMBERS_TOTAL);
      left += counts.get(MeasureKeys.LEFT_MEMBERS);
      transferredIn += counts.get(MeasureKeys.TRANSFERRED_IN);
    }
    List<History.YearFlow> years = new ArrayList<>();
    years.add(new History.YearFlow(reference.year(), left, transferredIn, reference.quarter() < 4,
        reference.quarter() / 4.0));
    // the year before, when its snapshots are in the warehouse: two years estimate outflow better
    allocation.latestPeriod(reference.year() - 1).ifPresent(earlier -> {
      int earlierLeft = 0;
      int earlierIn = 0;
      for (var m : periodCounts.branchMeasures(earlier)) {
        earlierLeft += m.counts().get(MeasureKeys.LEFT_MEMBERS);
        earlierIn += m.counts().get(MeasureKeys.TRANSFERRED_IN);
      }
      years.add(new History.YearFlow(earlier.year(), earlierLeft, earlierIn, earlier.quarter() < 4,
          earlier.quarter() / 4.0));
    });
    List<String> notes = new ArrayList<>();
    var reported = measures.stream().map(PeriodCounts.BranchCounts::code).toList();
    units.stream().filter(u -> "branch".equals(u.level()) && !reported.contains(u.code()))
        .forEach(u -> notes.add(u.code() + " " + u.name() + "：" + reference + " 无有效名册，未参加分配"));
    return new Inputs(reference, root, pipelines, new History(membersNow, years), notes);
  }
}
