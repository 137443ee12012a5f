package org.dangstat.compliance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code compliance.csv}: UTF-8 with BOM so Excel shows the Chinese, the header of indicators.md,
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
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL)) {
      w.write('\uFEFF');
      csv.printRecord((Object[]) HEADER);
      for (Violation v : findings.stream().sorted(ORDER).toList()) {
        String detail = v.isViolation() ? v.detail() : WARNING_PREFIX + v.detail();
        csv.printRecord(safe(v.orgCode()), safe(v.person()), safe(v.rule()), safe(detail));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell Excel would evaluate (=, +, -, @, or a tab/CR that starts one) gets a leading
   * apostrophe, which Excel shows as text. OWASP's CSV-injection advice; names come from clerks.
   */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }
}
