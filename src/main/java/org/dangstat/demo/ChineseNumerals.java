package org.dangstat.demo;

/** 1 → 一 … 99 → 九十九, enough for quarter titles and 第二党支部-style names. */
final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  static String of(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
    return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
  }
}
