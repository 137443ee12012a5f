package org.dangstat.annual;

/** The year's tables as files beside indicators.csv: the machine's CSV and the committee's workbook. */
public final class AnnualFiles {

  public static final String CSV = "annual-report.csv";
  public static final String XLSX = "annual-report.xlsx";

  private AnnualFiles() {}
}
