package org.dangstat.intake;

/**
 * Blank and note rows below the header: skipped, and listed as one warning per run of
 * consecutive rows of the same kind, so 1,000 trailing blank rows make one line in the report.
 */
final class SkippedRows {

  private final FileIssues issues;
  private int count;
  private int runFirst;
  private int runLast;
  private String runNote; // null for a run of blank rows
  private int runSize;

  SkippedRows(FileIssues issues) {
    this.issues = issues;
  }

  void blank(int rowNo) {
    add(rowNo, null);
  }

  void note(int rowNo, String text) {
    add(rowNo, text);
  }

  private void add(int rowNo, String note) {
    count++;
    boolean sameKind = (note == null) == (runNote == null);
    if (runSize > 0 && sameKind && rowNo == runLast + 1) {
      runLast = rowNo;
      runSize++;
      return;
    }
    flush();
    runFirst = rowNo;
    runLast = rowNo;
    runNote = note;
    runSize = 1;
  }

  /** Reports the open run; call at the end of the file and before a data row. */
  void flush() {
    if (runSize == 0) {
      return;
    }
    String what = runNote == null ? "空行" : "说明/备注行“" + Texts.abbreviate(runNote, 30) + "”";
    issues.add(IssueCatalog.issue("ROWS_SKIPPED", runFirst, null,
        runNote == null ? null : Texts.abbreviate(runNote, 100),
        String.valueOf(runSize), String.valueOf(runFirst), String.valueOf(runLast), what));
    runSize = 0;
  }

  int count() {
    return count;
  }
}
