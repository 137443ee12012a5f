package org.dangstat.analysis;

import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT_VERSION;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dangstat.core.Period;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The analysis's reads of the warehouse besides its one counting pass ({@link PeriodCounts}): the
 * org tree, the people the compliance check streams, the files of the period.
 */
@Repository
public class AnalysisRepository {

  /**
   * A unit of the current org tree.
   *
   * @param category 组织类别 as written (a branch's), else null
   * @param staffCount 职工人数, null when not given
   * @param studentCount 学生人数, null when not given
   */
  public record OrgUnit(String code, String name, String parentCode, String level, boolean twoNew, String category,
      Integer staffCount, Integer studentCount) {}

  private static final org.dangstat.warehouse.jooq.tables.PersonSnapshot P = PERSON_SNAPSHOT;

  private static final org.dangstat.warehouse.jooq.tables.OrgUnitVersion V = ORG_UNIT_VERSION;

  private final DSLContext dsl;
  /** The snapshots this repository reads: those in effect now, or at a past moment (--as-of, a lock). */
  private final SnapshotsInEffect current;

  @org.springframework.beans.factory.annotation.Autowired
  AnalysisRepository(DSLContext dsl) {
    this(dsl, SnapshotsInEffect.now());
  }

  private AnalysisRepository(DSLContext dsl, SnapshotsInEffect current) {
    this.dsl = dsl;
    this.current = current;
  }

  /** The same queries on the warehouse as it stood at {@code moment} (null: now). */
  public AnalysisRepository asOf(OffsetDateTime moment) {
    return moment == null && current.moment() == null ? this : new AnalysisRepository(dsl, SnapshotsInEffect.at(moment));
  }

  /** The snapshots read, for the features that join their own queries to them. */
  public SnapshotsInEffect snapshots() {
    return current;
  }

  public List<OrgUnit> orgUnits() {
    return dsl.select(V.CODE, V.NAME, V.PARENT_CODE, V.ORG_LEVEL, V.TWO_NEW, V.CATEGORY, V.STAFF_COUNT, V.STUDENT_COUNT)
        .from(V).where(current.orgVersionValid()).orderBy(V.CODE)
        .fetch(r -> new OrgUnit(r.value1(), r.value2(), r.value3(), r.value4(), Boolean.TRUE.equals(r.value5()),
            r.value6(), r.value7(), r.value8()));
  }

  /**
   * Streams the people of the snapshots in effect for the period who meet {@code candidates}
   * (compliance: those who may break a rule, {@link org.dangstat.compliance.ComplianceChecker#candidates};
   * of a county's million, some tens of thousands). Only the snapshots {@code part} names, of those
   * in effect ({@link #submissionIds}): the stream can be read in parts, side by side.
   */
  public void forEachPerson(Period period, org.jooq.Condition candidates, long[] part,
      Consumer<org.dangstat.compliance.PersonFacts> action) {
    // dates as days since 1970 and a plain ResultSet: a county streams a million rows through here,
    // and jOOQ records with java.sql.Date conversions cost three times the checks themselves.
    // In a transaction: PgJDBC honours the fetch size only outside autocommit, and a part read on a
    // thread without one (the second half) came whole into memory, a county's 250,000 rows at once,
    // which the collector then copied between the young spaces (docs/performance.md, seventeenth round)
    dsl.connection(connection -> {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      var query = DSL.using(connection, dsl.dialect(), dsl.settings())
          .select(current.branchCode, P.NAME, P.ID_MASKED, days(P.BIRTH_DATE),
              P.STAGE, days(P.APPLIED_ON), days(P.ACTIVIST_ON), days(P.CANDIDATE_ON), P.YOUTH_RECOMMENDED,
              P.SPONSORS, P.INTRODUCERS, days(P.PROBATION_ON), days(P.FULL_ON), days(P.LEFT_ON), P.SERVICE_POINTS,
              P.TRAINING_HOURS)
          .from(current.table)
          .join(P).on(P.SUBMISSION_ID.eq(current.submissionId))
          .where(current.period.eq(period.toString()))
          .and(org.dangstat.warehouse.SnapshotIndex.rowsOf(P.SUBMISSION_ID, part))
          .and(candidates)
          .fetchSize(10_000);
      try (ResultSet rs = query.fetchResultSet()) {
        while (rs.next()) {
          boolean youth = rs.getBoolean(9);
          Boolean youthRecommended = rs.wasNull() ? null : youth; // before the next column is read
          action.accept(new org.dangstat.compliance.PersonFacts(rs.getString(1), rs.getString(2), rs.getString(3),
              day(rs, 4), rs.getString(5), day(rs, 6), day(rs, 7), day(rs, 8), youthRecommended,
              rs.getInt(10), rs.getInt(11), day(rs, 12), day(rs, 13), day(rs, 14), number(rs, 15), number(rs, 16)));
        }
      } catch (SQLException e) {
        throw new DataAccessException("reading people for the compliance check", e);
      } finally {
        if (autoCommit) { // this method's own transaction: it only read, so it ends as it began
          connection.rollback();
          connection.setAutoCommit(true);
        }
      }
    });
  }

  /** The ids of the period's snapshots in effect, in order. */
  public long[] submissionIds(Period period) {
    return current.ids(dsl, period.toString());
  }

  private static Field<Integer> days(Field<LocalDate> date) {
    return DSL.localDateDiff(date, DSL.inline(LocalDate.EPOCH));
  }

  private static Double number(ResultSet rs, int column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }

  private static LocalDate day(ResultSet rs, int column) throws SQLException {
    int days = rs.getInt(column);
    return rs.wasNull() ? null : LocalDate.ofEpochDay(days);
  }

  /** Per branch: the accepted file for the period, else the latest rejected one, else nothing. */
  public Map<String, org.dangstat.warehouse.jooq.tables.records.SubmissionRecord> latestFiles(Period period) {
    Map<String, org.dangstat.warehouse.jooq.tables.records.SubmissionRecord> latest = new LinkedHashMap<>();
    var inEffect = dsl.select(current.submissionId).from(current.table).where(current.period.eq(period.toString()));
    dsl.selectFrom(SUBMISSION)
        .where(SUBMISSION.KIND.eq("branch").and(SUBMISSION.PERIOD.eq(period.toString())))
        .and(SUBMISSION.ID.in(inEffect).or(SUBMISSION.STATUS.eq(SubmissionStatus.REJECTED.code())
            .and(current.registeredBy(SUBMISSION.RECEIVED_AT))))
        .orderBy(SUBMISSION.ID)
        .forEach(s -> {
          var seen = latest.get(s.getBranchCode());
          if (seen == null || SubmissionStatus.REJECTED.is(seen.getStatus())) {
            // as of a past moment, the snapshot then in effect may be superseded now: it counts as accepted
            latest.put(s.getBranchCode(), SubmissionStatus.REJECTED.is(s.getStatus()) ? s : accepted(s));
          }
        });
    return latest;
  }

  /**
   * New members year to date as each earlier quarter's snapshots tell it: quarter → count, for the
   * quarters of the year before {@code period} that have snapshots. The period's own count is the
   * sum of its branches' {@code new_members}, counted already.
   */
  public Map<Integer, Integer> developedBefore(Period period) {
    Map<Integer, Integer> byQuarter = new LinkedHashMap<>();
    for (int q = 1; q < period.quarter(); q++) {
      Period p = new Period(period.year(), q);
      Integer n = dsl.select(DSL.count())
          .from(current.table)
          .join(P).on(P.SUBMISSION_ID.eq(current.submissionId))
          .where(current.period.eq(p.toString()))
          .and(current.rowsOf(dsl, P.SUBMISSION_ID, p.toString()))
          .and(P.PROBATION_ON.between(p.yearStart(), p.end()))
          .fetchOne(0, Integer.class);
      boolean any = dsl.fetchExists(current.table, current.period.eq(p.toString()));
      if (any) {
        byQuarter.put(q, n == null ? 0 : n);
      }
    }
    return byQuarter;
  }

  private static org.dangstat.warehouse.jooq.tables.records.SubmissionRecord accepted(
      org.dangstat.warehouse.jooq.tables.records.SubmissionRecord s) {
    var copy = s.copy();
    copy.setId(s.getId());
    copy.setStatus(SubmissionStatus.ACCEPTED.code());
    return copy;
  }
}
