package org.dangstat.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code annual-report.csv} (annual-report.md): UTF-8 with BOM, CRLF, one row per cell
 * {@code table,org_code,org_name,row,column,value}, every unit in tree order, every table, row and
 * column in the form's order; an empty value where the cell cannot be computed. A county writes a
 * million of these rows, so they are written straight, not through a CSV library's per-cell work;
 * text cells are quoted when they need it and made formula-safe (submission-format.md §4).
 */
public final class AnnualCsv {

  public static final String HEADER = "table,org_code,org_name,row,column,value";

  private AnnualCsv() {}

  public static Path write(AnnualReport report, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write(HEADER);
      w.write("\r\n");
      StringBuilder line = new StringBuilder(128);
      for (AnnualReport.Unit unit : report.units()) {
        String code = text(unit.code());
        String name = text(unit.name());
        for (var table : report.layout().tables()) {
          for (var row : table.rows()) {
            for (var column : table.columns()) {
              Integer value = unit.value(table, row.key(), column.key());
              line.setLength(0);
              line.append(table.key()).append(',').append(code).append(',').append(name).append(',')
                  .append(row.key()).append(',').append(column.key()).append(',');
              if (value != null) {
                line.append(value.intValue());
              }
              w.append(line).append("\r\n");
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** A text cell: a leading = + - @ gets an apostrophe so no spreadsheet runs it; quoted as RFC 4180. */
  static String text(String s) {
    if (s == null) {
      return "";
    }
    String safe = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
