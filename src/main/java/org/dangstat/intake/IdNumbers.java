package org.dangstat.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** 身份证号 (GB 11643): check digit (ISO 7064 MOD 11-2), 15→18 conversion, birth date, sex, masking. */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdNumbers() {}

  /** The check character for the first 17 digits. */
  public static char checkDigit(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  /** 17 digits then a digit or X (upper case). */
  public static boolean hasValidShape(String id) {
    if (id.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (!Character.isDigit(id.charAt(i)) || id.charAt(i) > '9') {
        return false;
      }
    }
    char last = id.charAt(17);
    return (last >= '0' && last <= '9') || last == 'X';
  }

  public static boolean hasValidCheckDigit(String id) {
    return hasValidShape(id) && checkDigit(id) == id.charAt(17);
  }

  /** A first-generation 15-digit number as 18 digits: century 19 inserted, check digit added. */
  public static String from15(String id15) {
    String first17 = id15.substring(0, 6) + "19" + id15.substring(6, 15);
    return first17 + checkDigit(first17);
  }

  /** The birth date inside an 18-digit number, if it is a real date. */
  public static Optional<LocalDate> birthDate(String id) {
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(id.substring(6, 10)),
          Integer.parseInt(id.substring(10, 12)),
          Integer.parseInt(id.substring(12, 14))));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** 'M' when the 17th digit is odd, else 'F'. */
  public static char sex(String id) {
    return (id.charAt(16) - '0') % 2 == 1 ? 'M' : 'F';
  }

  /** The form people may read: {@code 330106********123X}. */
  public static String mask(String id) {
    if (id == null || id.length() < 10) {
      return id == null ? null : "*".repeat(id.length());
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }
}
