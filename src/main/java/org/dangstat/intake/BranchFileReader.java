package org.dangstat.intake;

import java.nio.file.Path;

/**
 * Reads one branch snapshot file (CSV in UTF-8, UTF-8 with BOM or GB18030, or XLSX), streaming:
 * every data row is validated against submission-format.md; valid rows go to
 * {@link RowSink#row}, every problem to {@link RowSink#issue}. Never holds the file in memory.
 * Problems that need the whole file (the same ID twice) are the loader's.
 */
public final class BranchFileReader {

  /**
   * @param file a .csv or .xlsx file
   * @param period the period from the file's name; dates after its end are errors
   */
  public ReadSummary read(Path file, Period period, RowSink sink) {
    throw new UnsupportedOperationException("to be written");
  }
}
