package org.dangstat.compliance;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.dangstat.report.CsvFile;

/**
 * {@code compliance.csv} (through {@link CsvFile}: BOM, formula-safe), the header of indicators.md,
 * sorted so that a committee reads one branch at a time and two runs diff cleanly.
 */
public final class ComplianceCsv {

  public static final String[] HEADER = {"org_code", "person", "rule", "detail"};

  /** The header has no severity column, so a warning says so at the start of its detail. */
  static final String WARNING_PREFIX = "【提醒】";

  private static final Comparator<Violation> ORDER = Comparator.comparing(Violation::orgCode)
      .thenComparing(Violation::rule)
      .thenComparing(Violation::person)
      .thenComparing(Violation::detail);

  private ComplianceCsv() {}

  public static void write(List<Violation> findings, Path file) {
    try (CsvFile csv = CsvFile.create(file, HEADER)) {
      for (Violation v : inOrder(findings)) {
        csv.row(v.orgCode(), v.person(), v.rule(), detail(v));
      }
    }
  }

  /** The findings in the file's order: one branch at a time. */
  public static List<Violation> inOrder(List<Violation> findings) {
    return findings.stream().sorted(ORDER).toList();
  }

  /** The detail column: a warning says so at its start. */
  public static String detail(Violation v) {
    return v.isViolation() ? v.detail() : WARNING_PREFIX + v.detail();
  }
}
