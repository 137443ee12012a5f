package org.dangstat.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import org.dangstat.report.CsvFile;
import tech.tablesaw.api.DoubleColumn;
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
    try (CsvFile out = CsvFile.create(file, IndicatorEngine.COLUMNS)) {
      for (int i = 0; i < indicators.rowCount(); i++) {
        String key = indicators.stringColumn(IndicatorEngine.INDICATOR).get(i);
        boolean count = catalog.kind(key) == IndicatorCatalog.Kind.COUNT;
        String level = indicators.stringColumn(IndicatorEngine.ORG_LEVEL).get(i);
        out.row(
            indicators.stringColumn(IndicatorEngine.PERIOD).get(i),
            indicators.stringColumn(IndicatorEngine.ORG_CODE).get(i),
            indicators.stringColumn(IndicatorEngine.ORG_NAME).get(i),
            LEVELS.getOrDefault(level, level),
            key,
            CsvFile.number(integer(num, i)),
            CsvFile.number(integer(den, i)),
            CsvFile.number(count ? integer(value, i) : decimal(value, i)),
            indicators.stringColumn(IndicatorEngine.TARGET).get(i),
            indicators.stringColumn(IndicatorEngine.STATUS).get(i));
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
