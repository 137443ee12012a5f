package org.dangstat.compliance;

import java.time.LocalDate;
import java.time.Period;

/** Ages and time spans, exact to the day, worded as a clerk would write them. */
final class Spans {

  private static final String[] SMALL = {"零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};

  private Spans() {}

  /** Full years (周岁): the age goes up on the birthday itself, not the day after. */
  static int age(LocalDate birth, LocalDate on) {
    return Period.between(birth, on).getYears();
  }

  /** "9个月", "2年6个月", "20天": the largest units that are not zero. */
  static String length(LocalDate from, LocalDate to) {
    Period p = Period.between(from, to);
    if (p.isNegative()) {
      return "日期倒置";
    }
    if (p.getYears() > 0) {
      return p.getYears() + "年" + (p.getMonths() > 0 ? p.getMonths() + "个月" : "");
    }
    return p.getMonths() > 0 ? p.getMonths() + "个月" : p.getDays() + "天";
  }

  /** "一年", "两年", "3年": the wording of the 细则 for the usual small numbers. */
  static String years(int n) {
    return (n >= 0 && n <= 10 ? SMALL[n] : String.valueOf(n)) + "年";
  }

  /** "1至2名", or "2名" when a committee requires an exact number. */
  static String range(int min, int max) {
    return min == max ? max + "名" : min + "至" + max + "名";
  }
}
