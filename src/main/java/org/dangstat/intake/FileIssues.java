package org.dangstat.intake;

import java.util.function.Consumer;

/** Every issue of one file goes through here: counted, and remembered whether the current row has an error. */
final class FileIssues {

  private final Consumer<Issue> out;
  private int errors;
  private int warnings;
  private boolean rowHasError;

  FileIssues(Consumer<Issue> out) {
    this.out = out;
  }

  void add(Issue issue) {
    if (issue.isError()) {
      errors++;
      rowHasError = true;
    } else {
      warnings++;
    }
    out.accept(issue);
  }

  void startRow() {
    rowHasError = false;
  }

  boolean rowHasError() {
    return rowHasError;
  }

  int errors() {
    return errors;
  }

  int warnings() {
    return warnings;
  }
}
