package org.dangstat.consolidation;

import java.util.Locale;

/** What a file in the inbox is, from its name alone. */
enum FileKind {
  /** The org tree. */
  ORG_UNITS,
  /** A spreadsheet or CSV: a branch snapshot, or a file with a bad name that must be rejected. */
  DATA,
  /** An old .xls/.et workbook: rejected with a request to save it as .xlsx. */
  UNSUPPORTED,
  /**
   * Not a submission: README, .DS_Store, Excel's ~$ lock files, the error reports and marked
   * copies {@code check} writes beside a file, anything else. Listed, never read.
   */
  IGNORED;

  /** An error report or a marked copy, as the job and {@code check} write them. */
  static boolean isReport(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".errors.csv") || lower.endsWith(".批注.xlsx");
  }

  static FileKind of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.startsWith(".") || lower.startsWith("~$") || lower.startsWith("._") || isReport(lower)) {
      return IGNORED;
    }
    if (InboxScanner.isOrgUnitsFile(lower)) {
      return ORG_UNITS;
    }
    if (lower.endsWith(".csv") || lower.endsWith(".xlsx")) {
      return DATA;
    }
    if (lower.endsWith(".xls") || lower.endsWith(".et") || lower.endsWith(".xlsm")) {
      return UNSUPPORTED;
    }
    return IGNORED;
  }
}
