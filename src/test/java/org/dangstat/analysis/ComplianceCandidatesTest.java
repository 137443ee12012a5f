package org.dangstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dangstat.compliance.ComplianceChecker;
import org.dangstat.compliance.ProcedureRules;
import org.dangstat.compliance.Violation;
import org.dangstat.core.Period;
import org.dangstat.demo.DemoOptions;
import org.dangstat.demo.DemoTownship;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.jooq.Condition;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL sends the compliance check only the people who may break a rule
 * ({@link ComplianceChecker#candidates}): a necessary condition written apart from the checks it
 * mirrors. Judged on everyone instead, every quarter a demo township loads must give the very same
 * findings, under the shipped rules, with 服务积分, and under a local override that moves every
 * boundary and switches rules off; and under the shipped rules it must leave most people out, or it
 * buys nothing.
 */
class ComplianceCandidatesTest {

  @TempDir static Path tmp;
  private static AnalysisRepository repository;

  @BeforeAll
  static void township() {
    String db = TestDatabase.fresh();
    DemoTownship.generate(tmp.resolve("inbox"), new DemoOptions(23, 2026, 12, 6_000, false));
    var run = Cli.consolidate(tmp.resolve("inbox"), db, tmp.resolve("data"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    var source = new PGSimpleDataSource();
    source.setURL(db);
    repository = new AnalysisRepository(DSL.using(source, SQLDialect.POSTGRES));
  }

  @Test
  void theShippedRulesFindTheSameJudgingCandidatesAsJudgingEveryone() {
    long[] streamed = same(new ComplianceChecker(ProcedureRules.load()));
    assertThat(streamed[1]).as("candidates of everyone").isLessThan(streamed[0] / 3);
  }

  @Test
  void withServicePointsTheSame() {
    same(new ComplianceChecker(ProcedureRules.load(), 60.0));
  }

  @Test
  void underAnOverrideThatMovesEveryBoundaryTheSame() throws Exception {
    Path override = tmp.resolve("local-rules.yml");
    Files.writeString(override, """
        version: "local"
        rules:
          - code: AGE_AT_APPLICATION
            params: {min_age: 21}
          - code: ACTIVIST_ONE_YEAR
            params: {min_years: 2}
          - code: SPONSORS
            params: {min: 2, max: 2}
          - code: INTRODUCERS
            enabled: false
          - code: PROBATION_ONE_YEAR
            params: {min_years: 2}
          - code: PROBATION_MAX
            params: {max_years: 1}
          - code: PROBATION_OVERDUE
            params: {probation_years: 0, grace_months: 7, max_years: 1}
          - code: YOUTH_RECOMMEND
            params: {max_age: 35}
          - code: TRAINING_HOURS
            params: {min_hours: 40}
        """);
    same(new ComplianceChecker(ProcedureRules.load(override), 80.0));
  }

  /** Judges every quarter both ways; returns how many people each way streamed: everyone, candidates. */
  private static long[] same(ComplianceChecker checker) {
    long everyone = 0;
    long candidates = 0;
    int periods = 0;
    for (int i = 0; i < 12; i++) {
      Period period = new Period(2024 + i / 4, 1 + i % 4);
      if (repository.submissionIds(period).length == 0) {
        continue; // the quarters the demo loaded, whichever they are
      }
      periods++;
      List<Violation> all = new ArrayList<>();
      List<Violation> some = new ArrayList<>();
      everyone += judge(checker, period, DSL.trueCondition(), all);
      candidates += judge(checker, period, checker.candidates(period.end()), some);
      assertThat(all).as(period + ": findings").isNotEmpty();
      assertThat(sorted(some)).as(period + ": judging only the candidates").isEqualTo(sorted(all));
    }
    assertThat(periods).as("quarters the demo loaded").isGreaterThanOrEqualTo(4);
    return new long[] {everyone, candidates};
  }

  private static long judge(ComplianceChecker checker, Period period, Condition who, List<Violation> out) {
    long[] people = {0};
    repository.forEachPerson(period, who, repository.submissionIds(period), p -> {
      people[0]++;
      out.addAll(checker.check(p, period.end()));
    });
    return people[0];
  }

  private static List<Violation> sorted(List<Violation> findings) {
    return findings.stream().sorted(Comparator.comparing(Violation::toString)).toList();
  }
}
