package org.dangstat.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dangstat.core.Period;

/**
 * Reads one branch snapshot file (CSV in UTF-8, UTF-8 with BOM or GB18030, or XLSX), streaming:
 * every data row is validated against submission-format.md; valid rows go to
 * {@link RowSink#row}, every problem to {@link RowSink#issue}. Never holds the file in memory.
 * Problems that need the whole file (the same ID twice) are the loader's.
 *
 * <p>A row with any error is not passed on; the file is then rejected by the caller as a whole,
 * but every row is still checked so the clerk gets the full list of errors in one report.
 */
public final class BranchFileReader {

  /**
   * @param file a .csv or .xlsx file
   * @param period the period from the file's name; dates after its end are errors
   */
  public ReadSummary read(Path file, Period period, RowSink sink) {
    return read(file, period, LocalDate.now(), sink);
  }

  /** @param today the day of loading: a date after it is an error (DATE_IN_FUTURE) */
  public ReadSummary read(Path file, Period period, LocalDate today, RowSink sink) {
    FileIssues issues = new FileIssues(sink::issue);
    HeaderMatcher header = new HeaderMatcher(BranchColumns.ALL, BranchColumns.ID, BranchColumns.NAME);
    TableReader table = new TableReader(header, BranchColumns.ID, BranchColumns.NAME, BranchColumns.ID, issues);
    PersonRowValidator validator = new PersonRowValidator(period, today, issues);
    TableReader.Outcome outcome = table.read(file, (row, layout) -> {
      PersonRow person = validator.validate(row, layout);
      if (person != null) {
        sink.row(person);
      }
    });
    return new ReadSummary(outcome.encoding(), outcome.dataRows(), outcome.skippedRows(),
        issues.errors(), issues.warnings());
  }
}
