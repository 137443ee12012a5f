package org.dangstat.intake;

/**
 * A number a clerk types into 服务积分 or 培训学时 (submission-format.md: number ≥ 0): digits with
 * an optional decimal part, full-width digits accepted, a trailing unit (分, 学时, 小时) tolerated as
 * clerks write it. Anything else is not understood and is reported, never guessed.
 */
final class Amounts {

  private static final String[] UNITS = {"学时", "小时", "积分", "分"};

  private Amounts() {}

  /** The value, or null when the text is not a number ≥ 0. */
  static Double parse(String text) {
    String t = toHalfWidth(text.trim());
    for (String unit : UNITS) {
      if (t.endsWith(unit)) {
        t = t.substring(0, t.length() - unit.length()).trim();
        break;
      }
    }
    if (!t.matches("\\d{1,9}(\\.\\d{1,6})?")) {
      return null;
    }
    return Double.valueOf(t);
  }

  private static String toHalfWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '．' ? '.' : c);
    }
    return b.toString();
  }
}
