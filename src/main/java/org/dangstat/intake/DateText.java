package org.dangstat.intake;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as clerks write them: 2023-05-12, 2023/5/12, 2023.05.12, 2023.5.12, 2023年5月12日,
 * 20230512, and month-only 1998.07, 1998-07, 1998年7月 (the 1st of the month). A char scan, no
 * regex: this runs for six columns of a million rows. A trailing midnight time (2023/5/12 0:00),
 * as other programs export date cells, is accepted.
 */
final class DateText {

  /** A parsed date; {@code monthOnly} when the day was not written. */
  record Parsed(LocalDate date, boolean monthOnly) {}

  private DateText() {}

  /** The date, or null when the text is not one of the accepted forms. */
  static Parsed parse(String text) {
    String s = stripMidnight(text);
    int n = s.length();
    if (n == 8 && allDigits(s, 0, 8)) {
      return of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8), false);
    }
    if (n < 6 || !allDigits(s, 0, 4)) {
      return null;
    }
    int year = num(s, 0, 4);
    char sep = s.charAt(4);
    boolean chinese = sep == '年';
    if (!chinese && sep != '-' && sep != '/' && sep != '.') {
      return null;
    }
    int i = 5;
    int monthEnd = digitsEnd(s, i);
    if (monthEnd == i || monthEnd - i > 2) {
      return null;
    }
    int month = num(s, i, monthEnd);
    i = monthEnd;
    if (chinese) {
      if (i >= n || s.charAt(i) != '月') {
        return null;
      }
      i++;
    } else if (i < n) {
      if (s.charAt(i) != sep) {
        return null;
      }
      i++;
    }
    if (i == n) {
      return of(year, month, 1, true);
    }
    int dayEnd = digitsEnd(s, i);
    if (dayEnd == i || dayEnd - i > 2) {
      return null;
    }
    int day = num(s, i, dayEnd);
    i = dayEnd;
    if (chinese && i < n && s.charAt(i) == '日') {
      i++;
    }
    return i == n ? of(year, month, day, false) : null;
  }

  private static Parsed of(int y, int m, int d, boolean monthOnly) {
    if (y < 1900 || y > 2100) {
      return null;
    }
    try {
      return new Parsed(LocalDate.of(y, m, d), monthOnly);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String stripMidnight(String s) {
    int space = s.indexOf(' ');
    if (space < 0) {
      return s;
    }
    for (int i = space + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '0' && c != ':') {
        return s;
      }
    }
    return s.substring(0, space);
  }

  private static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static int num(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }
}
