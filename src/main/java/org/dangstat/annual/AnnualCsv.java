package org.dangstat.annual;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    var tables = report.layout().tables();
    // the row and column keys of every cell, in the form's order, rendered once for all units
    List<List<CsvFile.Cells>> keys = new ArrayList<>();
    for (var table : tables) {
      List<CsvFile.Cells> cells = new ArrayList<>();
      for (var row : table.rows()) {
        for (var column : table.columns()) {
          cells.add(CsvFile.cells(row.key(), column.key()));
        }
      }
      keys.add(cells);
    }
    try (CsvFile csv = CsvFile.create(file, HEADER.split(","))) {
      for (AnnualReport.Unit unit : report.units()) {
        for (int t = 0; t < tables.size(); t++) {
          var table = tables.get(t);
          CsvFile.Cells unitCells = CsvFile.cells(table.key(), unit.code(), unit.name());
          List<CsvFile.Cells> cellKeys = keys.get(t);
          // cell i is row i / columns, column i % columns (AnnualLayout.Table#cell), the order of the keys
          for (int i = 0; i < cellKeys.size(); i++) {
            csv.row(unitCells, cellKeys.get(i), unit.grid().get(table, i));
          }
        }
      }
    }
    return file;
  }
}
