package org.dangstat.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.compliance.ComplianceChecker;
import org.dangstat.compliance.Violation;
import org.dangstat.core.MeasureKeys;
import org.dangstat.core.Period;
import org.dangstat.indicators.Measures;
import org.dangstat.plan.Plan;
import tech.tablesaw.api.Table;

/**
 * Procedure compliance of the people in the snapshots in effect who may break a rule (PostgreSQL
 * picks them out, {@link ComplianceChecker#candidates}; streamed: never all in memory), then the
 * branch-level rules on the cube. Keeps the findings and, per branch, how many
 * people broke at least one rule (the procedure_violations indicator).
 */
final class ComplianceRun {

  private final List<Violation> findings = new ArrayList<>();
  private final Map<String, Integer> violators = new HashMap<>();

  static ComplianceRun people(AnalysisRepository repository, ComplianceChecker checker, Period period) {
    // in two halves of the snapshots, side by side: one PostgreSQL backend sending the people was
    // the analysis's slowest part once the counting pass ran in parallel (docs/performance.md,
    // sixteenth round; since the seventeenth it sends a tenth as many, and its scan is what is left).
    // The halves' findings are joined in the snapshots' order, whichever ends first.
    long[] ids = repository.submissionIds(period);
    long[] first = java.util.Arrays.copyOfRange(ids, 0, ids.length / 2);
    long[] second = java.util.Arrays.copyOfRange(ids, ids.length / 2, ids.length);
    var other = Background.start("compliance-2", () -> part(repository, checker, period, second));
    ComplianceRun run = part(repository, checker, period, first);
    ComplianceRun rest = other.join();
    run.findings.addAll(rest.findings);
    rest.violators.forEach((branch, n) -> run.violators.merge(branch, n, Integer::sum));
    return run;
  }

  private static ComplianceRun part(AnalysisRepository repository, ComplianceChecker checker, Period period,
      long[] snapshots) {
    ComplianceRun run = new ComplianceRun();
    if (snapshots.length == 0) {
      return run;
    }
    LocalDate end = period.end(); // once, not once for each person
    repository.forEachPerson(period, checker.candidates(end), snapshots, facts -> {
      List<Violation> found = checker.check(facts, end);
      if (!found.isEmpty()) {
        run.findings.addAll(found);
        if (ComplianceChecker.countsAsViolation(found)) {
          run.violators.merge(facts.orgCode(), 1, Integer::sum);
        }
      }
    });
    return run;
  }

  /** BRANCH_TOO_SMALL and OVER_QUOTA, judged on the branch counts. */
  void branches(ComplianceChecker checker, Table measures, Plan plan) {
    for (int i = 0; i < measures.rowCount(); i++) {
      String code = measures.stringColumn(Measures.ORG_CODE).get(i);
      int members = measures.intColumn(MeasureKeys.MEMBERS_TOTAL).getInt(i);
      int probationary = measures.intColumn(MeasureKeys.MEMBERS_PROBATIONARY).getInt(i);
      int newMembers = measures.intColumn(MeasureKeys.NEW_MEMBERS).getInt(i);
      Integer quota = plan == null ? null : plan.quota(code);
      findings.addAll(checker.checkBranch(code, members - probationary, newMembers, quota));
    }
  }

  List<Violation> findings() {
    return findings;
  }

  Map<String, Integer> violators() {
    return violators;
  }
}
