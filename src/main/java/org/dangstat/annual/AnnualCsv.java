package org.dangstat.annual;

import java.nio.file.Path;
import org.dangstat.report.CsvFile;

/**
 * {@code annual-report.csv} (annual-report.md): UTF-8 with BOM, CRLF, one row per cell
 * {@code table,org_code,org_name,row,column,value}, every unit in tree order, every table, row and
 * column in the form's order; an empty value where the cell cannot be computed. Written through
 * {@link CsvFile}, the one CSV writer (quoting, formula-safe text cells, submission-format.md §4).
 */
public final class AnnualCsv {

  public static final String HEADER = "table,org_code,org_name,row,column,value";

  private AnnualCsv() {}

  public static Path write(AnnualReport report, Path file) {
    try (CsvFile csv = CsvFile.create(file, HEADER.split(","))) {
      for (AnnualReport.Unit unit : report.units()) {
        for (var table : report.layout().tables()) {
          for (var row : table.rows()) {
            for (var column : table.columns()) {
              csv.row(table.key(), unit.code(), unit.name(), row.key(), column.key(),
                  unit.value(table, row.key(), column.key()));
            }
          }
        }
      }
    }
    return file;
  }
}
