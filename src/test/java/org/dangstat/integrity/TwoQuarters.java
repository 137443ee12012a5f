package org.dangstat.integrity;

import static org.dangstat.support.Township.id;

import java.util.List;
import org.dangstat.support.Township;

/**
 * A township whose branches reported 2026Q1 and 2026Q2, with one example of every cross-period
 * finding in TS-001 and, beside each, a near-miss that must not be flagged.
 */
final class TwoQuarters {

  static final String WANG = id("19700101", 1);   // member in both quarters, unchanged
  static final String LI = id("19711231", 2);     // VANISHED: in Q1, not in Q2, no leaving record
  static final String ZHANG = id("19720101", 4);  // near-miss: died in Q2, listed with the leaving record
  static final String CHEN = id("19730101", 6);   // near-miss: moved to TS-002 in Q2, listed there with 转入日期
  static final String ZHAO = id("19740101", 3);   // APPEARED: a long-standing member in Q2 only, no 转入日期
  static final String QIAN = id("19950101", 5);   // near-miss: admitted in Q2 (入党日期 after Q1's end)
  static final String SUN = id("20000101", 7);    // near-miss: a new applicant in Q2
  static final String ZHOU = id("19960101", 9);   // REGRESSED (and 入党日期 removed): 预备党员 → 发展对象
  static final String WU = id("19970101", 11);    // near-miss: 积极分子 → 发展对象
  static final String ZHENG = id("19750101", 13); // CHANGED: 入党日期 2010-07-01 → 2009-07-01
  static final String FENG = id("19980101", 15);  // near-miss: 转正日期 blank in Q1, filled in Q2
  static final String CHEN12 = id("19760101", 17); // REAPPEARED: left in Q1, listed in Q2 without leaving or 转入
  static final String CHU = id("19770101", 19);   // near-miss: left in 2025, dropped in Q2
  static final String WEI = id("19780101", 21);   // near-miss: left in Q1, still listed with the same leaving
  static final String JIANG = id("19790101", 23); // TS-002's member in both quarters

  private TwoQuarters() {}

  static void quarter1(Township t) {
    t.branchFile("TS-001_2026Q1.csv", List.of(
        member(WANG, "王一", "1998-07-01", "1999-07-01"),
        member(LI, "李二", "2001-07-01", "2002-07-01"),
        member(ZHANG, "张三", "1990-07-01", "1991-07-01"),
        member(CHEN, "陈四", "2005-07-01", "2006-07-01"),
        probationary(ZHOU, "周八", "2025-06-01"),
        activist(WU, "吴九", "2025-03-01", "2025-09-01"),
        member(ZHENG, "郑十", "2010-07-01", "2011-07-01"),
        probationary(FENG, "冯一一", "2025-05-10"),
        left(member(CHEN12, "陈一二", "2003-07-01", "2004-07-01"), "2026-02-10", "转出"),
        left(member(CHU, "褚一三", "1999-07-01", "2000-07-01"), "2025-11-01", "转出"),
        left(member(WEI, "卫一四", "2000-07-01", "2001-07-01"), "2026-03-01", "转出")));
    t.branchFile("TS-002_2026Q1.csv", List.of(member(JIANG, "蒋一五", "2001-07-01", "2002-07-01")));
  }

  static void quarter2(Township t) {
    t.branchFile("TS-001_2026Q2.csv", List.of(
        member(WANG, "王一", "1998-07-01", "1999-07-01"),
        left(member(ZHANG, "张三", "1990-07-01", "1991-07-01"), "2026-05-03", "死亡"),
        member(ZHAO, "赵五", "1998-07-01", "1999-07-01"),
        row(QIAN, "钱六", "2024-03-01", "2024-09-01", "2025-10-01", "2026-05-01", "", "", "", ""),
        row(SUN, "孙七", "2026-04-10", "", "", "", "", "", "", ""),
        row(ZHOU, "周八", "2023-03-01", "2023-09-01", "2024-10-01", "", "", "", "", ""),
        row(WU, "吴九", "2025-03-01", "2025-09-01", "2026-05-01", "", "", "", "", ""),
        member(ZHENG, "郑十", "2009-07-01", "2011-07-01"),
        row(FENG, "冯一一", "2023-03-01", "2023-09-01", "2024-10-01", "2025-05-10", "2026-05-10", "", "", ""),
        member(CHEN12, "陈一二", "2003-07-01", "2004-07-01"),
        left(member(WEI, "卫一四", "2000-07-01", "2001-07-01"), "2026-03-01", "转出")));
    t.branchFile("TS-002_2026Q2.csv", List.of(
        member(JIANG, "蒋一五", "2001-07-01", "2002-07-01"),
        transferredIn(member(CHEN, "陈四", "2005-07-01", "2006-07-01"), "2026-04-15")));
    // a branch without a Q1 file: nothing to compare with, so nothing is flagged
    t.branchFile("TS-003_2026Q2.csv", List.of(member(id("19800101", 25), "沈一六", "2001-07-01", "2002-07-01")));
  }

  /** A full member: 入党日期 and 转正日期 (before 2014, so no procedure dates). */
  static String member(String id, String name, String probation, String full) {
    return row(id, name, "", "", "", probation, full, "", "", "");
  }

  static String probationary(String id, String name, String probation) {
    return row(id, name, "2023-03-01", "2023-09-01", "2024-10-01", probation, "", "", "", "");
  }

  static String activist(String id, String name, String applied, String activist) {
    return row(id, name, applied, activist, "", "", "", "", "", "");
  }

  static String left(String row, String on, String reason) {
    String[] c = row.split(",", -1);
    c[16] = on;
    c[17] = reason;
    return String.join(",", c);
  }

  static String transferredIn(String row, String on) {
    String[] c = row.split(",", -1);
    c[15] = on;
    return String.join(",", c);
  }

  static String row(String id, String name, String applied, String activist, String candidate, String probation,
      String full, String in, String left, String reason) {
    String sex = org.dangstat.intake.IdNumbers.sex(id) == 'M' ? "男" : "女";
    boolean procedure = !candidate.isEmpty() || !activist.isEmpty();
    String people = procedure ? "甲、乙" : "";
    return String.join(",", id, name, sex, "汉族", "高中", "工人", "是", applied, activist, candidate,
        candidate.isEmpty() ? "" : "是", people, candidate.isEmpty() ? "" : people, probation, full, in, left,
        reason, "");
  }
}
