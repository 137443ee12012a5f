package org.dangstat.demo;

import java.time.LocalDate;

/** How a branch's clerk writes dates; every style is one the template accepts. */
enum DateStyle {
  ISO("-"), SLASH("/"), DOT("."), CHINESE("");

  private final String separator;

  DateStyle(String separator) {
    this.separator = separator;
  }

  String format(LocalDate d) {
    return switch (this) {
      case ISO -> d.getYear() + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
      case CHINESE -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
      default -> d.getYear() + separator + d.getMonthValue() + separator + d.getDayOfMonth();
    };
  }

  /** Month-only dates of old members: {@code 1998-07}, {@code 1998年7月} or, most often, {@code 1998.07}. */
  String formatMonth(LocalDate d) {
    return switch (this) {
      case ISO -> d.getYear() + "-" + two(d.getMonthValue());
      case CHINESE -> d.getYear() + "年" + d.getMonthValue() + "月";
      default -> d.getYear() + "." + two(d.getMonthValue());
    };
  }

  /** The Excel number format showing a date cell the same way. */
  String excelFormat() {
    return switch (this) {
      case ISO -> "yyyy-mm-dd";
      case SLASH -> "yyyy/m/d";
      case DOT -> "yyyy.m.d";
      case CHINESE -> "yyyy\"年\"m\"月\"d\"日\"";
    };
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }
}
