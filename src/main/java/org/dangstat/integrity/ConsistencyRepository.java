package org.dangstat.integrity;

import static org.dangstat.warehouse.jooq.Tables.V_CURRENT_SUBMISSION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dangstat.core.Period;
import org.dangstat.warehouse.SnapshotIndex;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Row2;
import org.jooq.Row7;
import org.jooq.Select;
import org.jooq.conf.SettingsTools;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The cross-period checks of period-checks.md §1 in one PostgreSQL statement
 * ({@code consistency.sql} beside this class): every checked snapshot against its branch's latest
 * earlier snapshot, over the keyed person hash, whatever the number of branches and people.
 */
@Repository
public class ConsistencyRepository {

  /** A snapshot to check that is not registered yet (consolidation: its rows are copied, its file not filed). */
  public record Checked(String branchCode, Period period, long submissionId) {}

  private static final String SQL = read("consistency.sql");

  private final DSLContext dsl;
  private final SnapshotIndex index;

  ConsistencyRepository(DSLContext dsl, SnapshotIndex index) {
    this.dsl = dsl;
    this.index = index;
  }

  /** One branch snapshot: its submission, branch, period and last day. */
  record Snap(long id, String branch, String period, LocalDate end) {}

  /** The findings of every branch's snapshot of {@code period} among {@code snapshots}. */
  public List<ConsistencyFinding> forPeriod(SnapshotsInEffect snapshots, Period period) {
    var s = snapshots.rows().asTable("s");
    Field<Long> id = s.field("submission_id", Long.class);
    Field<String> branch = s.field("branch_code", String.class);
    Field<String> p = s.field("period", String.class);
    Field<LocalDate> end = s.field("period_end", LocalDate.class);
    List<Snap> checked = dsl.select(id, branch, p, end).from(s).where(p.eq(period.toString()))
        .fetch(r -> new Snap(r.value1(), r.value2(), r.value3(), r.value4()));
    // each branch's latest snapshot before the period, in one pass
    List<Snap> earlier = dsl.select(id, branch, p, end).distinctOn(branch).from(s)
        .where(p.lt(period.toString())).orderBy(branch, p.desc())
        .fetch(r -> new Snap(r.value1(), r.value2(), r.value3(), r.value4()));
    return run(checked, earlier, listed(checked), false);
  }

  /**
   * The findings of every quarter of {@code year} among {@code snapshots}, each against the one
   * before it: the chain that explains a year's balance (period-checks.md §2) in one statement.
   */
  public List<ConsistencyFinding> forYear(SnapshotsInEffect snapshots, int year) {
    var s = snapshots.rows().asTable("s");
    Field<Long> id = s.field("submission_id", Long.class);
    Field<String> branch = s.field("branch_code", String.class);
    Field<String> p = s.field("period", String.class);
    Field<LocalDate> end = s.field("period_end", LocalDate.class);
    List<Snap> all = dsl.select(id, branch, p, end).from(s)
        .where(p.le(new Period(year, 4).toString())).and(p.ge(new Period(year - 1, 1).toString()))
        .fetch(r -> new Snap(r.value1(), r.value2(), r.value3(), r.value4()));
    List<Snap> checked = all.stream().filter(x -> x.period().startsWith(year + "Q")).toList();
    return run(checked, all, listed(checked), false);
  }

  /**
   * The findings of snapshots being loaded (their rows copied, their files not yet registered),
   * against the snapshots in effect once they are: those in effect now, except the ones they
   * replace, plus themselves (a branch's Q1 and Q2 in one batch: Q2 is compared with that Q1).
   */
  public List<ConsistencyFinding> forNewSnapshots(List<Checked> snapshots) {
    if (snapshots.isEmpty()) {
      return List.of();
    }
    List<Snap> checked = snapshots.stream()
        .map(c -> new Snap(c.submissionId(), c.branchCode(), c.period().toString(), c.period().end())).toList();
    Set<String> slots = checked.stream().map(c -> c.branch() + '\n' + c.period()).collect(Collectors.toSet());
    Set<String> branches = checked.stream().map(Snap::branch).collect(Collectors.toSet());
    Set<String> periods = checked.stream().map(Snap::period).collect(Collectors.toSet());
    // the branches' snapshots are fetched (to find the pairs); the period's other snapshots
    // (transfers inside the tree) are named to the server as a query, not fetched and sent back:
    // fetched by every chunk, that list grew with the files loaded so far, quadratic in a night
    List<Snap> ofBranches = new ArrayList<>(inEffect(V_CURRENT_SUBMISSION.BRANCH_CODE.in(branches), slots));
    ofBranches.addAll(checked);
    var v = V_CURRENT_SUBMISSION;
    @SuppressWarnings("unchecked")
    Row2<String, String>[] replaced = checked.stream().map(c -> DSL.row(c.branch(), c.period())).toArray(Row2[]::new);
    Select<Record2<Long, String>> inEffectOfPeriods = dsl.select(v.SUBMISSION_ID, v.PERIOD).from(v)
        .where(v.PERIOD.in(periods)).and(DSL.row(v.BRANCH_CODE, v.PERIOD).notIn(replaced));
    return run(checked, ofBranches, inEffectOfPeriods.unionAll(listed(checked)), true);
  }

  /** Snapshots named by id and period, as a table of the statement (submission_id, period). */
  private static Select<Record2<Long, String>> listed(List<Snap> snaps) {
    @SuppressWarnings("unchecked")
    Row2<Long, String>[] rows = snaps.stream().map(x -> DSL.row(x.id(), x.period())).toArray(Row2[]::new);
    var t = DSL.values(rows).as("t", "submission_id", "period");
    return DSL.select(t.field("submission_id", Long.class), t.field("period", String.class)).from(t);
  }

  /** The snapshots in effect that match, but for those of the slots being checked (they are replaced). */
  private List<Snap> inEffect(org.jooq.Condition which, Set<String> slots) {
    var v = V_CURRENT_SUBMISSION;
    return dsl.select(v.SUBMISSION_ID, v.BRANCH_CODE, v.PERIOD, v.PERIOD_END).from(v).where(which)
        .fetch(r -> new Snap(r.value1(), r.value2(), r.value3(), r.value4()))
        .stream().filter(x -> !slots.contains(x.branch() + '\n' + x.period())).toList();
  }

  /**
   * @param candidates snapshots that may be a checked one's P' (the latest of its branch before it is taken)
   * @param periodSnapshots every snapshot of the checked periods (transfers inside the tree), as
   *     (submission_id, period): read by PostgreSQL only if someone vanished
   * @param beingLoaded the checked snapshots' rows are this transaction's, not in the planner's statistics
   */
  private List<ConsistencyFinding> run(List<Snap> checked, List<Snap> candidates,
      Select<Record2<Long, String>> periodSnapshots, boolean beingLoaded) {
    Map<String, List<Snap>> byBranch = candidates.stream().collect(Collectors.groupingBy(Snap::branch));
    List<Snap[]> pairs = new ArrayList<>();
    for (Snap c : checked) {
      byBranch.getOrDefault(c.branch(), List.of()).stream()
          .filter(e -> e.period().compareTo(c.period()) < 0)
          .max(Comparator.comparing(Snap::period))
          .ifPresent(e -> pairs.add(new Snap[] {c, e}));
    }
    if (pairs.isEmpty()) {
      return List.of(); // nothing earlier to compare with: no statement at all
    }
    // the statement reads the pairs' rows by submission id: through the BRIN index only if it is
    // summarized up to the rows just loaded (else it reads every page loaded since its last summary)
    index.summarizeNewRanges();
    @SuppressWarnings("unchecked")
    Row7<String, String, Long, LocalDate, Long, String, LocalDate>[] pairRows = pairs.stream()
        .map(x -> DSL.row(x[0].branch(), x[0].period(), x[0].id(), x[0].end(), x[1].id(), x[1].period(), x[1].end()))
        .toArray(Row7[]::new);
    var pairTable = DSL.values(pairRows)
        .as("p", "branch_code", "period", "cur_id", "cur_end", "prev_id", "prev_period", "prev_end");
    // the ids inlined as constants: with bind values PostgreSQL plans the arrays and lists blind
    DSLContext inlined = DSL.using(dsl.configuration().derive(
        SettingsTools.clone(dsl.settings()).withStatementType(StatementType.STATIC_STATEMENT)));
    return inlined.resultQuery(SQL, DSL.select(DSL.asterisk()).from(pairTable),
            beingLoaded ? SnapshotIndex.rowsBeingLoaded(SUBMISSION_ID, ids(pairs.stream().map(x -> x[0])))
                : rowsOf(pairs.stream().map(x -> x[0])),
            rowsOf(pairs.stream().map(x -> x[1])), periodSnapshots)
        .fetch(ConsistencyRepository::finding);
  }

  private static final Field<Long> SUBMISSION_ID = DSL.field(DSL.name("ps", "submission_id"), Long.class);

  /** The rows of these snapshots, as a condition on {@code ps.submission_id} of the statement. */
  private static org.jooq.Condition rowsOf(Stream<Snap> snaps) {
    return SnapshotIndex.rowsOf(SUBMISSION_ID, ids(snaps));
  }

  private static long[] ids(Stream<Snap> snaps) {
    return snaps.mapToLong(Snap::id).toArray();
  }

  private static ConsistencyFinding finding(Record r) {
    return new ConsistencyFinding(r.get("branch_code", String.class), r.get("period", String.class),
        r.get("prev_period", String.class), r.get("code", String.class), r.get("name", String.class),
        r.get("id_masked", String.class), r.get("stage", String.class), r.get("prev_stage", String.class),
        r.get("field", String.class), r.get("before", String.class), r.get("after", String.class),
        r.get("row_no", Integer.class));
  }

  private static String read(String name) {
    try (InputStream in = ConsistencyRepository.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
