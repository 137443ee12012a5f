package org.dangstat.intake;

/**
 * One problem found in a file. {@code rowNo} is the row as the clerk sees it in the sheet or
 * file (header = row 1 when it is the first line; title rows above it count too); null for problems
 * of the whole file. {@code value} never holds a full ID number: callers mask it.
 */
public record Issue(Severity severity, Integer rowNo, String column, String value, String code, String message) {

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
