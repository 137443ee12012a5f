package org.dangstat.annual;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.Period;
import org.dangstat.warehouse.SnapshotsInEffect;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The one pass over the period's people that fills 表2–表5: an inner query derives each row's facts
 * once ({@link RowFacts}; {@code offset 0} keeps PostgreSQL from folding it into the outer one,
 * which would re-derive a fact in every count that uses it), the outer one counts the cells of
 * {@link CountedCells} per branch and occupation with {@code count(*) filter (where …)}.
 */
@Repository
public class AnnualRepository {

  private final DSLContext dsl;

  AnnualRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The counted cells of every branch with an accepted snapshot for the period (others: none). */
  public Map<String, Grid> branchCells(Period period, AnnualLayout layout) {
    return branchCells(period, layout, SnapshotsInEffect.now());
  }

  /** The same among the snapshots in effect at a moment (a locked period, --as-of). */
  public Map<String, Grid> branchCells(Period period, AnnualLayout layout, SnapshotsInEffect s) {
    var p = PERSON_SNAPSHOT;
    List<SelectField<?>> inner = new ArrayList<>();
    inner.add(s.branchCode.as(RowFacts.BRANCH));
    inner.addAll(RowFacts.of(period));
    var facts = dsl.select(inner).from(s.table)
        .leftJoin(p).on(p.SUBMISSION_ID.eq(s.submissionId)) // an empty snapshot is a branch of zeros
        .where(s.period.eq(period.toString()))
        .offset(DSL.inline(0))
        .asTable("facts");
    List<CountedCells.Cell> cells = CountedCells.of(layout);
    Field<String> branch = DSL.field(DSL.name(RowFacts.BRANCH), String.class);
    Field<String> occupation = DSL.field(DSL.name(RowFacts.OCCUPATION), String.class);
    List<Field<?>> outer = new ArrayList<>(List.of(branch, occupation));
    for (int i = 0; i < cells.size(); i++) {
      outer.add(DSL.count().filterWhere(cells.get(i).where()).as("c" + i));
    }
    Map<String, Grid> grids = new HashMap<>();
    var rows = dsl.connectionResult(connection -> {
      // PostgreSQL cannot see through the inner query how few groups there are (a branch has at most
      // eight occupations), so with the default 4 MB it sorted every person on disk; with room it hashes
      DSLContext session = DSL.using(connection, dsl.dialect(), dsl.settings());
      session.execute("set work_mem = '64MB'");
      try {
        return session.select(outer).from(facts).groupBy(branch, occupation).fetch();
      } finally {
        session.execute("reset work_mem");
      }
    });
    rows.forEach(r -> {
      Grid grid = grids.computeIfAbsent(r.get(branch), k -> Grid.zeros(layout));
      String occ = r.get(occupation);
      for (int i = 0; i < cells.size(); i++) {
        var cell = cells.get(i);
        int n = r.get(i + 2, Integer.class);
        if (n == 0) {
          continue;
        }
        // a row of an occupation the form does not know is left out: 表2's total then differs
        // from 表1's 年底实有数, and that check says so
        String row = cell.row() != null ? cell.row() : occ;
        if (row != null && cell.table().rows().stream().anyMatch(l -> l.key().equals(row))) {
          grid.add(cell.table(), cell.table().cell(row, cell.column()), n);
        }
      }
    });
    return grids;
  }
}
