package org.dangstat.annual;

import java.nio.file.Path;

/** The year's tables as files beside indicators.csv: the machine's CSV and the committee's workbook. */
public final class AnnualFiles {

  public static final String CSV = "annual-report.csv";
  public static final String XLSX = "annual-report.xlsx";

  private AnnualFiles() {}

  public static void write(AnnualReport report, Path dir) {
    AnnualCsv.write(report, dir.resolve(CSV));
    AnnualWorkbook.write(report, dir.resolve(XLSX));
  }
}
