package org.dangstat.warehouse;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;
import static org.dangstat.warehouse.jooq.Tables.V_ORG_UNIT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dangstat.intake.Period;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The analysis reads the warehouse here only: PostgreSQL reduces people to per-branch counts (the
 * cube) in one pass, so that the indicator code works on a few rows per branch whatever the size.
 * The conditions follow indicators.md word for word.
 */
@Repository
public class AnalysisRepository {

  /** The base counts of one branch. */
  public record BranchCounts(String code, Map<String, Integer> counts) {}

  /** A unit of the current org tree. */
  public record OrgUnit(String code, String name, String parentCode, String level, boolean twoNew) {}

  private static final org.dangstat.warehouse.jooq.tables.PersonSnapshot P = PERSON_SNAPSHOT;

  private final DSLContext dsl;

  AnalysisRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  public List<OrgUnit> orgUnits() {
    return dsl.select(V_ORG_UNIT.CODE, V_ORG_UNIT.NAME, V_ORG_UNIT.PARENT_CODE, V_ORG_UNIT.ORG_LEVEL,
            V_ORG_UNIT.TWO_NEW)
        .from(V_ORG_UNIT).orderBy(V_ORG_UNIT.CODE)
        .fetch(r -> new OrgUnit(r.value1(), r.value2(), r.value3(), r.value4(), Boolean.TRUE.equals(r.value5())));
  }

  /** Per branch with an accepted snapshot for the period: the base counts of indicators.md. */
  public List<BranchCounts> branchMeasures(Period period, Map<String, Condition> measures) {
    List<Field<?>> fields = new ArrayList<>();
    fields.add(V_CURRENT_SUBMISSION.BRANCH_CODE);
    measures.forEach((name, condition) -> fields.add(DSL.count().filterWhere(condition).as(name)));
    return dsl.select(fields)
        .from(V_CURRENT_SUBMISSION)
        .join(P).on(P.SUBMISSION_ID.eq(V_CURRENT_SUBMISSION.SUBMISSION_ID))
        .where(V_CURRENT_SUBMISSION.PERIOD.eq(period.toString()))
        .groupBy(V_CURRENT_SUBMISSION.BRANCH_CODE)
        .orderBy(V_CURRENT_SUBMISSION.BRANCH_CODE)
        .fetch(r -> toCounts(r, measures.keySet(), V_CURRENT_SUBMISSION.BRANCH_CODE));
  }

  /** Counts of the members at D by (age band, sex, education, occupation), for the stock charts. */
  public List<Map<String, Object>> memberCube(Period period, Condition isMember, Field<String> ageBand) {
    return dsl.select(ageBand.as("age_band"), P.SEX, P.EDUCATION, P.OCCUPATION, DSL.count().as("n"))
        .from(V_CURRENT_SUBMISSION)
        .join(P).on(P.SUBMISSION_ID.eq(V_CURRENT_SUBMISSION.SUBMISSION_ID))
        .where(V_CURRENT_SUBMISSION.PERIOD.eq(period.toString()).and(isMember))
        .groupBy(DSL.field("age_band"), P.SEX, P.EDUCATION, P.OCCUPATION)
        .fetchMaps();
  }

  /** Streams every person of the snapshots in effect for the period (compliance), branch first. */
  public void forEachPerson(Period period, Consumer<org.dangstat.compliance.PersonFacts> action) {
    try (var cursor = dsl.select(V_CURRENT_SUBMISSION.BRANCH_CODE, P.NAME, P.ID_MASKED, P.BIRTH_DATE,
            P.STAGE, P.APPLIED_ON, P.ACTIVIST_ON, P.CANDIDATE_ON, P.YOUTH_RECOMMENDED, P.SPONSORS,
            P.INTRODUCERS, P.PROBATION_ON, P.FULL_ON, P.LEFT_ON)
        .from(V_CURRENT_SUBMISSION)
        .join(P).on(P.SUBMISSION_ID.eq(V_CURRENT_SUBMISSION.SUBMISSION_ID))
        .where(V_CURRENT_SUBMISSION.PERIOD.eq(period.toString()))
        .fetchSize(10_000)
        .fetchLazy()) {
      cursor.forEach(r -> action.accept(new org.dangstat.compliance.PersonFacts(r.value1(), r.value2(),
          r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
          r.value11(), r.value12(), r.value13(), r.value14())));
    }
  }

  /** Per branch: the accepted file for the period, else the latest rejected one, else nothing. */
  public Map<String, org.dangstat.warehouse.jooq.tables.records.SubmissionRecord> latestFiles(Period period) {
    Map<String, org.dangstat.warehouse.jooq.tables.records.SubmissionRecord> latest = new LinkedHashMap<>();
    dsl.selectFrom(SUBMISSION)
        .where(SUBMISSION.KIND.eq("branch").and(SUBMISSION.PERIOD.eq(period.toString()))
            .and(SUBMISSION.STATUS.in("accepted", "rejected")))
        .orderBy(SUBMISSION.ID)
        .forEach(s -> {
          var seen = latest.get(s.getBranchCode());
          if (seen == null || !"accepted".equals(seen.getStatus())) {
            latest.put(s.getBranchCode(), s);
          }
        });
    return latest;
  }

  /** New members year to date as each quarter's snapshots tell it: quarter → count. */
  public Map<Integer, Integer> developedByQuarter(int year) {
    Map<Integer, Integer> byQuarter = new LinkedHashMap<>();
    for (int q = 1; q <= 4; q++) {
      Period p = new Period(year, q);
      Integer n = dsl.select(DSL.count())
          .from(V_CURRENT_SUBMISSION)
          .join(P).on(P.SUBMISSION_ID.eq(V_CURRENT_SUBMISSION.SUBMISSION_ID))
          .where(V_CURRENT_SUBMISSION.PERIOD.eq(p.toString()))
          .and(P.PROBATION_ON.between(p.yearStart(), p.end()))
          .fetchOne(0, Integer.class);
      boolean any = dsl.fetchExists(V_CURRENT_SUBMISSION, V_CURRENT_SUBMISSION.PERIOD.eq(p.toString()));
      if (any) {
        byQuarter.put(q, n == null ? 0 : n);
      }
    }
    return byQuarter;
  }

  private static BranchCounts toCounts(Record r, Iterable<String> names, Field<String> key) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String name : names) {
      counts.put(name, r.get(name, Integer.class));
    }
    return new BranchCounts(r.get(key), counts);
  }
}
