package org.dangstat.indicators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Writes {@code indicators.csv} as indicators.md says: UTF-8 with BOM (so Excel/WPS opens the
 * Chinese right), CRLF line ends, the header of {@link IndicatorEngine#COLUMNS}. Counts and every
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
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(IndicatorEngine.COLUMNS.toArray(String[]::new)).build();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF'); // before the printer, which writes the header when it is created
      print(indicators, new CSVPrinter(w, format), catalog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void print(Table indicators, CSVPrinter out, IndicatorCatalog catalog)
      throws IOException {
    DoubleColumn num = indicators.doubleColumn(IndicatorEngine.NUMERATOR);
    DoubleColumn den = indicators.doubleColumn(IndicatorEngine.DENOMINATOR);
    DoubleColumn value = indicators.doubleColumn(IndicatorEngine.VALUE);
    for (int i = 0; i < indicators.rowCount(); i++) {
      String key = indicators.stringColumn(IndicatorEngine.INDICATOR).get(i);
      boolean count = catalog.kind(key) == IndicatorCatalog.Kind.COUNT;
      String level = indicators.stringColumn(IndicatorEngine.ORG_LEVEL).get(i);
      out.printRecord(
          indicators.stringColumn(IndicatorEngine.PERIOD).get(i),
          indicators.stringColumn(IndicatorEngine.ORG_CODE).get(i),
          indicators.stringColumn(IndicatorEngine.ORG_NAME).get(i),
          LEVELS.getOrDefault(level, level),
          key,
          integer(num, i),
          integer(den, i),
          count ? integer(value, i) : decimal(value, i),
          indicators.stringColumn(IndicatorEngine.TARGET).get(i),
          indicators.stringColumn(IndicatorEngine.STATUS).get(i));
    }
    out.flush();
  }

  static String integer(DoubleColumn c, int row) {
    return c.isMissing(row) ? "" : Long.toString(Math.round(c.getDouble(row)));
  }

  static String decimal(DoubleColumn c, int row) {
    return c.isMissing(row) ? ""
        : BigDecimal.valueOf(c.getDouble(row)).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }
}
