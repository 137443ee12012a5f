package org.dangstat.excel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.intake.IdNumbers;
import org.dangstat.intake.Issue;
import org.dangstat.intake.PersonRow;
import org.dangstat.intake.RowSink;

/** Valid people of a branch for the Excel tests, and a sink that keeps what a reader finds. */
final class People {

  private People() {}

  /** A valid 18-digit number for a birth date (yyyyMMdd). */
  static String id(String birth, boolean male, int serial) {
    String first17 = "330106" + birth + String.format("%02d", serial % 100) + (male ? "3" : "4");
    return first17 + IdNumbers.checkDigit(first17);
  }

  static PersonRow member(String id, String name, LocalDate probation) {
    LocalDate birth = IdNumbers.birthDate(id).orElseThrow();
    return new PersonRow(0, id, name, IdNumbers.sex(id), birth, "01", "bachelor", "manager", true,
        probation.minusYears(2), probation.minusMonths(18), probation.minusMonths(6), true,
        List.of("李四", "王五"), List.of("李四", "王五"), probation, probation.plusYears(1).plusDays(2),
        null, null, null, null, "full", false);
  }

  /** A full member, a minority probationary member with an X check digit possible, an activist, a leaver. */
  static List<PersonRow> branch() {
    List<PersonRow> out = new ArrayList<>();
    out.add(member(id("19850315", true, 1), "张伟", LocalDate.of(2015, 7, 1)));
    String mongol = id("19980704", false, 2);
    out.add(new PersonRow(0, mongol, "乌兰", 'F', LocalDate.of(1998, 7, 4), "02", "associate", "farmer", false,
        LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1), LocalDate.of(2024, 9, 1), null,
        List.of("巴特尔"), List.of("巴特尔", "其木格"), LocalDate.of(2025, 9, 10), null,
        null, null, null, "外出务工", "probationary", false));
    String activist = id("20040211", true, 3);
    out.add(new PersonRow(0, activist, "李明", 'M', LocalDate.of(2004, 2, 11), "01", "high_school", "student", false,
        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 10, 8), null, true,
        List.of("赵六"), List.of(), null, null, LocalDate.of(2025, 11, 1), null, null, null, "activist", false));
    String leaver = id("19600101", true, 4);
    out.add(new PersonRow(0, leaver, "王老五", 'M', LocalDate.of(1960, 1, 1), "01", "junior_or_below", "retired", false,
        null, null, null, null, List.of(), List.of(), LocalDate.of(1990, 7, 1), LocalDate.of(1991, 7, 1),
        null, LocalDate.of(2026, 2, 3), "death", null, "full", false));
    return out;
  }

  /** Collects rows and issues. */
  static final class Sink implements RowSink {
    final List<PersonRow> rows = new ArrayList<>();
    final List<Issue> issues = new ArrayList<>();

    @Override
    public void row(PersonRow row) {
      rows.add(row);
    }

    @Override
    public void issue(Issue issue) {
      issues.add(issue);
    }

    List<Issue> errors() {
      return issues.stream().filter(Issue::isError).toList();
    }
  }
}
