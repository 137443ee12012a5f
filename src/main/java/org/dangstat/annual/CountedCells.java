package org.dangstat.annual;

import static org.dangstat.annual.AnnualLayout.T2;
import static org.dangstat.annual.AnnualLayout.T3;
import static org.dangstat.annual.AnnualLayout.T4;
import static org.dangstat.annual.AnnualLayout.T5;
import static org.dangstat.annual.AnnualLayout.TOTAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.analysis.PeriodFacts;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The cells of 表2–表5 that PostgreSQL counts, each as a condition on the facts of
 * {@link PeriodFacts}: per branch and occupation, so that the occupation is the row of 表2/表3
 * and the fixed rows of 表4/表5 add their occupations up. 表1 comes from the indicators and the
 * 两新组织 columns from the branch's category, so neither is counted here.
 */
final class CountedCells {

  /** A counted cell: {@code row} null means "the person's occupation". */
  record Cell(AnnualLayout.Table table, String row, String column, Condition where) {}

  private static final List<String> PIPELINE_ROWS = List.of("candidates", "activists", "applicants");

  private CountedCells() {}

  static List<Cell> of(AnnualLayout layout) {
    List<Cell> cells = new ArrayList<>();
    var t2 = layout.table(T2);
    Condition member = flag(PeriodFacts.MEMBER);
    cells.add(new Cell(t2, null, TOTAL, member));
    cells.add(new Cell(t2, null, "probationary", PeriodFacts.PROBATIONARY));
    people(cells, t2, member);
    numbered(cells, t2, "age_le30", member, PeriodFacts.AGE_AT_D);
    var t3 = layout.table(T3);
    Condition isNew = flag(PeriodFacts.NEW);
    cells.add(new Cell(t3, null, TOTAL, isNew));
    people(cells, t3, isNew);
    cells.add(new Cell(t3, null, "youth_recommended", isNew.and(flag(PeriodFacts.YOUTH))));
    numbered(cells, t3, "age_le25", DSL.noCondition(), PeriodFacts.AGE_ADMITTED); // null unless new
    var t4 = layout.table(T4);
    cells.add(new Cell(t4, TOTAL, "due", number(PeriodFacts.PROBATION_END).isNotNull()));
    numbered(cells, t4, "on_time", DSL.noCondition(), PeriodFacts.PROBATION_END);
    var t5 = layout.table(T5);
    Map<String, Condition> columns = new LinkedHashMap<>();
    columns.put("female", flag(PeriodFacts.FEMALE));
    columns.put("minority", flag(PeriodFacts.MINORITY));
    columns.put("under35", flag(PeriodFacts.UNDER35));
    columns.put("college_plus", PeriodFacts.COLLEGE_PLUS);
    columns.put("highschool_secondary", PeriodFacts.HIGHSCHOOL);
    columns.put("frontline", flag(PeriodFacts.FRONTLINE));
    columns.put("new_in_year", flag(PeriodFacts.NEW_IN_STAGE));
    for (int i = 0; i < PIPELINE_ROWS.size(); i++) {
      Condition stage = number(PeriodFacts.STAGE).eq(DSL.inline(i));
      cells.add(new Cell(t5, PIPELINE_ROWS.get(i), TOTAL, stage));
      for (var column : columns.entrySet()) {
        cells.add(new Cell(t5, PIPELINE_ROWS.get(i), column.getKey(), stage.and(column.getValue())));
      }
    }
    return List.copyOf(cells);
  }

  /** 女, 少数民族, 一线 and the six education levels of the people {@code who}, by occupation. */
  private static void people(List<Cell> cells, AnnualLayout.Table table, Condition who) {
    cells.add(new Cell(table, null, "female", who.and(flag(PeriodFacts.FEMALE))));
    cells.add(new Cell(table, null, "minority", who.and(flag(PeriodFacts.MINORITY))));
    cells.add(new Cell(table, null, "frontline", who.and(flag(PeriodFacts.FRONTLINE))));
    numbered(cells, table, "edu_postgraduate", who, PeriodFacts.EDUCATION);
  }

  /**
   * A run of columns (an age group, the education levels) from {@code first} on, counted where the
   * fact's number is the column's position in the run.
   */
  private static void numbered(List<Cell> cells, AnnualLayout.Table table, String first, Condition who,
      String fact) {
    var columns = table.columns();
    int start = table.column(first);
    String group = columns.get(start).group();
    for (int c = start, i = 0; c < columns.size() && columns.get(c).group().equals(group); c++, i++) {
      String row = table.rows().size() == 1 ? table.rows().get(0).key() : null;
      cells.add(new Cell(table, row, columns.get(c).key(), who.and(number(fact).eq(DSL.inline(i)))));
    }
  }

  private static Condition flag(String name) {
    return PeriodFacts.flag(name);
  }

  private static Field<Integer> number(String name) {
    return PeriodFacts.number(name);
  }
}
