package org.dangstat.demo;

/**
 * 1 → 一, 12 → 十二, 105 → 一百零五, 2010 → 二千零一十: quarter titles and 第二党支部-style names,
 * also for the thousands of branches a county-sized benchmark has. Past 9999, Arabic digits.
 */
final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] UNITS = {"", "十", "百", "千"};

  private ChineseNumerals() {}

  static String of(int n) {
    if (n < 0 || n > 9999) {
      return String.valueOf(n);
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    if (n < 20) { // 十二, not 一十二
      return "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }
    StringBuilder s = new StringBuilder();
    boolean zero = false;
    for (int place = 3; place >= 0; place--) {
      int digit = n / (int) Math.pow(10, place) % 10;
      if (digit == 0) {
        zero = s.length() > 0;
        continue;
      }
      if (zero) {
        s.append('零');
        zero = false;
      }
      s.append(DIGITS.charAt(digit)).append(UNITS[place]);
    }
    return s.toString();
  }
}
