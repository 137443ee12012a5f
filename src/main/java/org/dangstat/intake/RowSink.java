package org.dangstat.intake;

/** Where a reader streams what it finds: valid rows, and every problem of the file. */
public interface RowSink {

  /** A row without errors (it may carry warnings, reported through {@link #issue}). */
  void row(PersonRow row);

  void issue(Issue issue);
}
