package org.dangstat.compliance;

import static org.dangstat.compliance.RuleCode.BRANCH_TOO_SMALL;
import static org.dangstat.compliance.RuleCode.OVER_QUOTA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks people and branches against the procedure rules on the dates of one snapshot. Findings
 * are reported, never blocking: the data loaded already, these are questions for the committee.
 */
public final class ComplianceChecker {

  private final ProcedureRules rules;
  private final Double servicePointsMin;
  private final DevelopmentChecks development;
  private final MembershipChecks membership;

  public ComplianceChecker(ProcedureRules rules) {
    this(rules, null);
  }

  /**
   * @param servicePointsMin the plan's {@code service_points_min} (服务积分制), null when the plan
   *     sets none: then SERVICE_POINTS is not judged
   */
  public ComplianceChecker(ProcedureRules rules, Double servicePointsMin) {
    this.rules = rules;
    this.servicePointsMin = servicePointsMin;
    this.development = new DevelopmentChecks(rules, servicePointsMin);
    this.membership = new MembershipChecks(rules);
  }

  /**
   * Who can break one of the person rules at {@code periodEnd}, as a condition on the warehouse's
   * person rows ({@link Candidates}): PostgreSQL sends only them to {@link #check}.
   */
  public org.jooq.Condition candidates(LocalDate periodEnd) {
    return Candidates.of(rules, servicePointsMin, periodEnd);
  }

  /**
   * The person's findings at {@code periodEnd} (D). People who left before D are still judged on
   * their history, which happened, but nothing is overdue for them.
   */
  public List<Violation> check(PersonFacts p, LocalDate periodEnd) {
    List<Violation> out = new ArrayList<>();
    development.check(p, periodEnd, out);
    membership.check(p, periodEnd, out);
    return out;
  }

  /**
   * The branch's findings for the year to D.
   *
   * @param quota the branch's planned new members, or null when the plan sets none
   */
  public List<Violation> checkBranch(String orgCode, int fullMembersAtD, int newMembersInYear,
      Integer quota) {
    List<Violation> out = new ArrayList<>();
    Rule r;
    if ((r = rules.enabled(BRANCH_TOO_SMALL)) != null && newMembersInYear > 0
        && fullMembersAtD < r.param("min_full_members")) {
      out.add(branch(orgCode, r, "正式党员" + fullMembersAtD + "名，不足"
          + r.param("min_full_members") + "名，本年仍发展党员" + newMembersInYear + "名"));
    }
    if ((r = rules.enabled(OVER_QUOTA)) != null && quota != null && newMembersInYear > quota) {
      out.add(branch(orgCode, r, "本年发展党员" + newMembersInYear + "名，计划" + quota
          + "名，计划外发展" + (newMembersInYear - quota) + "名"));
    }
    return out;
  }

  /**
   * For the procedure_violations indicator: does this person count? Only findings of severity
   * violation do; warnings (e.g. a probation a few months overdue) are for follow-up only.
   */
  public static boolean countsAsViolation(List<Violation> findings) {
    return findings.stream().anyMatch(Violation::isViolation);
  }

  private static Violation branch(String orgCode, Rule r, String detail) {
    return new Violation(orgCode, "", r.code().name(), r.severity(), detail);
  }
}
