package org.dangstat.annual;

import static org.dangstat.annual.AnnualLayout.T2;
import static org.dangstat.annual.AnnualLayout.T3;
import static org.dangstat.annual.AnnualLayout.T4;
import static org.dangstat.annual.AnnualLayout.T5;
import static org.dangstat.annual.AnnualLayout.TOTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The cells of 表2–表5 that PostgreSQL counts, each as a condition on the facts of
 * {@link PersonFacts}: per branch and occupation, so that the occupation is the row of 表2/表3
 * and the fixed rows of 表4/表5 add their occupations up. 表1 comes from the indicators and the
 * 两新组织 columns from the branch's category, so neither is counted here.
 */
final class CountedCells {

  /** A counted cell: {@code row} null means "the person's occupation". */
  record Cell(AnnualLayout.Table table, String row, String column, Condition where) {}

  /** annual-report.md's education columns → the warehouse's education codes. */
  static final Map<String, String> EDUCATION = Map.of("edu_postgraduate", "postgrad", "edu_bachelor", "bachelor",
      "edu_college", "associate", "edu_secondary_vocational", "secondary_vocational",
      "edu_highschool", "high_school", "edu_junior_or_below", "junior_or_below");

  private static final List<String> EDUCATION_COLUMNS = List.of("edu_postgraduate", "edu_bachelor",
      "edu_college", "edu_secondary_vocational", "edu_highschool", "edu_junior_or_below");
  private static final List<String> PIPELINE_ROWS = List.of("candidates", "activists", "applicants");
  private static final List<String> PROBATION_END_COLUMNS = List.of("on_time", "late", "pending",
      "disqualified", "left_other");

  private CountedCells() {}

  static List<Cell> of(AnnualLayout layout) {
    List<Cell> cells = new ArrayList<>();
    var t2 = layout.table(T2);
    Condition member = flag(PersonFacts.MEMBER);
    cells.add(new Cell(t2, null, TOTAL, member));
    cells.add(new Cell(t2, null, "probationary", flag(PersonFacts.PROBATIONARY)));
    people(cells, t2, member);
    bands(cells, t2, PersonFacts.AGE_AT_D, member, 30);
    var t3 = layout.table(T3);
    Condition isNew = flag(PersonFacts.NEW);
    cells.add(new Cell(t3, null, TOTAL, isNew));
    people(cells, t3, isNew);
    bands(cells, t3, PersonFacts.AGE_ADMITTED, isNew, 25);
    cells.add(new Cell(t3, null, "youth_recommended", isNew.and(flag(PersonFacts.YOUTH_RECOMMENDED))));
    var t4 = layout.table(T4);
    cells.add(new Cell(t4, TOTAL, "due", number(PersonFacts.PROBATION_END).isNotNull()));
    for (int i = 0; i < PROBATION_END_COLUMNS.size(); i++) {
      cells.add(new Cell(t4, TOTAL, PROBATION_END_COLUMNS.get(i), number(PersonFacts.PROBATION_END).eq(i)));
    }
    var t5 = layout.table(T5);
    for (int i = 0; i < PIPELINE_ROWS.size(); i++) {
      String row = PIPELINE_ROWS.get(i);
      Condition stage = number(PersonFacts.PIPELINE).eq(i);
      cells.add(new Cell(t5, row, TOTAL, stage));
      cells.add(new Cell(t5, row, "female", stage.and(flag(PersonFacts.FEMALE))));
      cells.add(new Cell(t5, row, "minority", stage.and(flag(PersonFacts.MINORITY))));
      cells.add(new Cell(t5, row, "under35", stage.and(flag(PersonFacts.UNDER35))));
      cells.add(new Cell(t5, row, "college_plus", stage.and(education().in("postgrad", "bachelor", "associate"))));
      cells.add(new Cell(t5, row, "highschool_secondary",
          stage.and(education().in("secondary_vocational", "high_school"))));
      cells.add(new Cell(t5, row, "frontline", stage.and(flag(PersonFacts.FRONTLINE))));
      cells.add(new Cell(t5, row, "new_in_year", stage.and(flag(PersonFacts.NEW_IN_STAGE))));
    }
    return List.copyOf(cells);
  }

  /** 女, 少数民族, the six education levels and 一线 of the people {@code who} (by occupation). */
  private static void people(List<Cell> cells, AnnualLayout.Table table, Condition who) {
    cells.add(new Cell(table, null, "female", who.and(flag(PersonFacts.FEMALE))));
    cells.add(new Cell(table, null, "minority", who.and(flag(PersonFacts.MINORITY))));
    for (String column : EDUCATION_COLUMNS) {
      cells.add(new Cell(table, null, column, who.and(education().eq(EDUCATION.get(column)))));
    }
    cells.add(new Cell(table, null, "frontline", who.and(flag(PersonFacts.FRONTLINE))));
  }

  /** The age columns of a table, in order, from its first one ({@code age_le<first>}). */
  private static void bands(List<Cell> cells, AnnualLayout.Table table, String band, Condition who, int first) {
    int start = table.column("age_le" + first);
    int i = 0;
    for (var column : table.columns().subList(start, table.columns().size())) {
      if (!column.key().startsWith("age_")) {
        break;
      }
      cells.add(new Cell(table, null, column.key(), who.and(number(band).eq(i++))));
    }
  }

  private static Condition flag(String name) {
    return DSL.field(DSL.name(name), Boolean.class).isTrue();
  }

  private static Field<Integer> number(String name) {
    return DSL.field(DSL.name(name), Integer.class);
  }

  private static Field<String> education() {
    return DSL.field(DSL.name(PersonFacts.EDUCATION), String.class);
  }
}
