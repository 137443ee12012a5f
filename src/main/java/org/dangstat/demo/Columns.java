package org.dangstat.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * The 19 columns of the committee's template, in its order, and one person's values for them.
 * Dates come out as {@link LocalDate} when the file keeps real date cells, else as the clerk's text.
 */
final class Columns {

  static final List<String> CHINESE = List.of("身份证号", "姓名", "性别", "民族", "学历", "工作岗位", "一线",
      "入党申请日期", "积极分子日期", "发展对象日期", "推优", "培养联系人", "入党介绍人", "入党日期", "转正日期",
      "转入日期", "离开日期", "离开原因", "备注");
  static final List<String> KEYS = List.of("id_number", "name", "sex", "ethnicity", "education", "occupation",
      "frontline", "applied_on", "activist_on", "candidate_on", "youth_recommended", "sponsors", "introducers",
      "probation_on", "full_on", "transferred_in_on", "left_on", "left_reason", "remark");

  private Columns() {}

  static List<String> header(FileStyle style) {
    return style.englishKeys() ? KEYS : CHINESE;
  }

  static Object[] values(Person p, FileStyle style) {
    boolean en = style.englishKeys();
    return new Object[] {
      p.idNumber,
      p.name,
      en ? String.valueOf(p.sex) : (p.sex == 'M' ? "男" : "女"),
      p.ethnicity,
      p.education,
      p.occupation,
      yesNo(p.frontline, en),
      date(p.appliedOn, false, style),
      date(p.activistOn, false, style),
      date(p.candidateOn, false, style),
      p.youthRecommended == null ? "" : yesNo(p.youthRecommended, en),
      blankIfNull(p.sponsors),
      blankIfNull(p.introducers),
      date(p.probationOn, p.monthOnly, style),
      date(p.fullOn, p.monthOnly, style),
      date(p.transferredInOn, false, style),
      date(p.leftOn, false, style),
      blankIfNull(p.leftReason),
      blankIfNull(p.remark)
    };
  }

  private static Object date(LocalDate d, boolean monthOnly, FileStyle style) {
    if (d == null) {
      return "";
    }
    if (monthOnly) {
      return style.dateStyle().formatMonth(d); // typed by hand into a date column: text even in XLSX
    }
    return style.dateCells() ? d : style.dateStyle().format(d);
  }

  private static String yesNo(boolean value, boolean english) {
    return english ? (value ? "Y" : "N") : (value ? "是" : "否");
  }

  private static String blankIfNull(String s) {
    return s == null ? "" : s;
  }
}
