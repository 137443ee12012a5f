package org.dangstat.integrity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code consistency.csv} (period-checks.md §1): UTF-8 with BOM, formula-safe, in the order
 * PostgreSQL returned the findings (branch, finding, masked ID), so two runs diff cleanly.
 */
public final class ConsistencyCsv {

  public static final String[] HEADER = {"org_code", "person", "code", "previous_period", "detail"};

  private ConsistencyCsv() {}

  public static void write(List<ConsistencyFinding> findings, Path file) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL)) {
      w.write('\uFEFF');
      csv.printRecord((Object[]) HEADER);
      for (ConsistencyFinding f : findings) {
        csv.printRecord(safe(f.orgCode()), safe(f.person()), f.code(), f.previousPeriod(), safe(f.detail()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A cell Excel would evaluate gets a leading apostrophe (submission-format.md §4; names come from clerks). */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }
}
