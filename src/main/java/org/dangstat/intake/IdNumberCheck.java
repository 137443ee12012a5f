package org.dangstat.intake;

import java.time.LocalDate;

/**
 * The 身份证号 cell: spaces and full-width digits removed, {@code x} read as {@code X}, 15-digit
 * numbers converted, check digit and birth date checked. A number cell is rejected: Excel keeps
 * 15 significant digits, so the last digits of an 18-digit number are already lost. A 15-digit
 * first-generation number fits in 15 digits and is kept.
 */
final class IdNumberCheck {

  private IdNumberCheck() {}

  /** The valid 18-digit number, or null after reporting why not. */
  static String check(String written, boolean numberCell, RowIssues issues) {
    int col = BranchColumns.ID;
    String id = Texts.key(written);
    if (id.isEmpty()) {
      issues.report("ID_REQUIRED", col, written);
      return null;
    }
    boolean fifteen = id.length() == 15 && digits(id);
    if (numberCell && !fifteen) {
      issues.report("ID_NUMERIC_CELL", col, written);
      return null;
    }
    if (fifteen) {
      id = IdNumbers.from15(id);
      if (IdNumbers.birthDate(id).isEmpty()) {
        issues.report("ID_BIRTH_DATE_INVALID", col, written);
        return null;
      }
      issues.report("ID_15_CONVERTED", col, written, IdNumbers.mask(id));
      return id;
    }
    if (!IdNumbers.hasValidShape(id)) {
      issues.report("ID_FORMAT", col, written, String.valueOf(id.length()));
      return null;
    }
    boolean ok = true;
    if (IdNumbers.birthDate(id).isEmpty()) {
      issues.report("ID_BIRTH_DATE_INVALID", col, written);
      ok = false;
    }
    if (!IdNumbers.hasValidCheckDigit(id)) {
      issues.report("ID_CHECKSUM", col, written, String.valueOf(IdNumbers.checkDigit(id)));
      ok = false;
    }
    return ok ? id : null;
  }

  static LocalDate birthDate(String validId) {
    return IdNumbers.birthDate(validId).orElseThrow();
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
