package org.dangstat.demo;

import java.util.SplittableRandom;

/**
 * How one branch makes its files, fixed for all its quarters as a clerk keeps her habits: CSV as
 * UTF-8 with BOM (most), CSV as GB18030 from Excel on Chinese Windows (some with a title row), or
 * XLSX (title row, note row, dates as date cells or as text).
 */
record FileStyle(Format format, boolean titleRow, boolean englishKeys, DateStyle dateStyle, boolean dateCells) {

  enum Format {
    CSV_UTF8, CSV_GB18030, XLSX;

    String extension() {
      return this == XLSX ? ".xlsx" : ".csv";
    }
  }

  static final FileStyle ENGLISH = new FileStyle(Format.CSV_UTF8, false, true, DateStyle.ISO, false);

  /** A random habit; {@code csvOnly} for large benchmark inboxes where XLSX would be slow. */
  static FileStyle random(SplittableRandom r, boolean csvOnly) {
    DateStyle dates = DateStyle.values()[r.nextInt(DateStyle.values().length)];
    int roll = r.nextInt(100);
    if (roll < 60 || (csvOnly && roll >= 80)) {
      return new FileStyle(Format.CSV_UTF8, r.nextInt(5) == 0, false, dates, false);
    }
    if (roll < 80) {
      return gb18030(r.nextBoolean(), dates);
    }
    return xlsx(dates, r.nextBoolean());
  }

  static FileStyle gb18030(boolean titleRow, DateStyle dates) {
    return new FileStyle(Format.CSV_GB18030, titleRow, false, dates, false);
  }

  static FileStyle xlsx(DateStyle dates, boolean dateCells) {
    return new FileStyle(Format.XLSX, true, false, dates, dateCells);
  }

  String describe() {
    String base = switch (format) {
      case CSV_UTF8 -> "CSV UTF-8 BOM";
      case CSV_GB18030 -> "CSV GB18030";
      case XLSX -> "XLSX";
    };
    return base + (englishKeys ? ", English keys" : "") + (titleRow ? ", title row" : "")
        + (dateCells ? ", date cells" : ", dates " + dateStyle.format(java.time.LocalDate.of(2023, 5, 12)));
  }
}
