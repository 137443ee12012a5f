package org.dangstat.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import org.dangstat.report.CsvFile;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Writes {@code indicators.csv} as indicators.md says, through {@link CsvFile} (UTF-8 with BOM,
 * CRLF, formula-safe names), the header of {@link IndicatorEngine#COLUMNS}. Counts and every
 * numerator/denominator as integers; the value of a share, ratio or rate with 4 decimals;
 * missing numbers as empty cells. {@code org_level} is written in Chinese (党委 / 党总支 / 党支部)
 * because the file is read by people; an unknown level is written as is. Rows are written in the
 * table's order, which {@link IndicatorEngine} already makes the tree order.
 */
public final class IndicatorCsv {

  static final Map<String, String> LEVELS = Map.of(Orgs.COMMITTEE, "党委",
      Orgs.GENERAL_BRANCH, "党总支", Orgs.BRANCH, "党支部");

  private IndicatorCsv() {}

  public static void write(Table indicators, Path file) {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    DoubleColumn num = indicators.doubleColumn(IndicatorEngine.NUMERATOR);
    DoubleColumn den = indicators.doubleColumn(IndicatorEngine.DENOMINATOR);
    DoubleColumn value = indicators.doubleColumn(IndicatorEngine.VALUE);
    // the text columns once: Tablesaw finds a column by comparing every name, per call
    StringColumn keys = indicators.stringColumn(IndicatorEngine.INDICATOR);
    StringColumn levels = indicators.stringColumn(IndicatorEngine.ORG_LEVEL);
    StringColumn periods = indicators.stringColumn(IndicatorEngine.PERIOD);
    StringColumn codes = indicators.stringColumn(IndicatorEngine.ORG_CODE);
    StringColumn names = indicators.stringColumn(IndicatorEngine.ORG_NAME);
    StringColumn targets = indicators.stringColumn(IndicatorEngine.TARGET);
    StringColumn statuses = indicators.stringColumn(IndicatorEngine.STATUS);
    try (CsvFile out = CsvFile.create(file, IndicatorEngine.COLUMNS)) {
      for (int i = 0; i < indicators.rowCount(); i++) {
        String key = keys.get(i);
        boolean count = catalog.kind(key) == IndicatorCatalog.Kind.COUNT;
        String level = levels.get(i);
        out.row(
            periods.get(i),
            codes.get(i),
            names.get(i),
            LEVELS.getOrDefault(level, level),
            key,
            CsvFile.number(integer(num, i)),
            CsvFile.number(integer(den, i)),
            CsvFile.number(count ? integer(value, i) : decimal(value, i)),
            targets.get(i),
            statuses.get(i));
      }
    }
  }

  static String integer(DoubleColumn c, int row) {
    return c.isMissing(row) ? "" : Long.toString(Math.round(c.getDouble(row)));
  }

  static String decimal(DoubleColumn c, int row) {
    return c.isMissing(row) ? ""
        : BigDecimal.valueOf(c.getDouble(row)).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }
}
