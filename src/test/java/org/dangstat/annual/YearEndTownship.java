package org.dangstat.annual;

import static org.dangstat.support.Township.id;

import java.util.List;
import org.dangstat.intake.IdNumbers;
import org.dangstat.support.Township;

/**
 * The small township whose five tables AnnualReportJobTest counted by hand (each person says what
 * it is for). NT (党委) holds 党总支 NT-Z1 with branch NT-001 (农村), 党总支 NT-Z2 with no branch
 * below it, and NT-002 (非公企业: 两新组织), which sent no 2025Q4 file. D = 2026-12-31.
 */
final class YearEndTownship {

  private YearEndTownship() {}

  static Township write(Township t) {
    t.write("orgunits.csv", java.nio.charset.StandardCharsets.UTF_8, List.of(
        "组织代码,组织名称,上级代码,组织层级,组织类别",
        "NT,年报测试镇党委,,党委,",
        "NT-Z1,第一党总支,NT,党总支,",
        "NT-Z2,第二党总支,NT,党总支,",
        "NT-001,东村党支部,NT-Z1,党支部,农村",
        "NT-002,科技公司党支部,NT,党支部,非公企业"));
    t.branchFile("NT-001_2026Q4.csv", List.of(
        // members of long standing: the age boundaries at D
        row("19961231", 1, "王甲", "汉族", "大学本科", "工人", "是", "2016-03-01", "2016-09-01", "2017-09-01", "是", "2017-12-01", "2018-12-01", "", "", ""), // 30
        row("19951231", 2, "李乙", "汉族", "大学专科", "工人", "否", "2015-03-01", "2015-09-01", "2016-03-01", "", "2016-06-01", "2017-06-01", "", "", ""), // 31
        old("19901231", 3, "张丙", "回族", "中专", "农牧渔民", "是", "2010.05", "2011.05", "", ""),   // 36
        old("19911231", 4, "赵丁", "汉族", "高中", "农牧渔民", "否", "2012.07", "2013.07", "", ""),   // 35
        old("19651231", 5, "钱戊", "汉族", "初中", "离退休人员", "否", "1990.07", "1991.07", "", ""), // 61
        old("19661231", 6, "孙己", "汉族", "小学", "农牧渔民", "是", "1988.07", "1989.07", "", ""),   // 60
        old("19551231", 7, "周庚", "汉族", "初中", "离退休人员", "否", "1975.07", "1976.07", "", ""), // 71
        old("19561231", 8, "吴辛", "汉族", "研究生", "离退休人员", "否", "1980.07", "1981.07", "", ""), // 70
        // new members of 2026: the age boundaries on 入党日期
        row("20000630", 9, "郑壬", "汉族", "大学本科", "学生", "否", "2024-01-10", "2024-07-01", "2025-07-01", "是", "2026-06-30", "", "", "", ""),   // 26
        row("20010630", 10, "冯癸", "汉族", "大学专科", "工人", "是", "2024-01-10", "2024-07-01", "2025-07-01", "否", "2026-06-30", "", "", "", ""),  // 25
        row("19660520", 11, "陈子", "汉族", "高中", "农牧渔民", "是", "2024-01-10", "2024-07-01", "2025-07-01", "", "2026-05-20", "", "", "", ""),     // 60
        row("19660521", 12, "褚丑", "壮族", "初中", "农牧渔民", "否", "2024-01-10", "2024-07-01", "2025-07-01", "", "2026-05-20", "", "", "", ""),     // 59
        row("19900301", 13, "卫寅", "汉族", "大学本科", "专业技术人员", "是", "2024-01-10", "2024-07-01", "2025-07-01", "", "2026-03-01", "", "", "2026-09-01", "转出"), // 36, left
        // left during the year
        old("19500101", 15, "蒋卯", "汉族", "初中", "离退休人员", "否", "1970.07", "1971.07", "2026-04-01", "死亡"),
        // due for 转正 in 2026: on time (the last day), late (the day after), pending, 取消资格, left
        row("19980202", 17, "沈辰", "汉族", "大学本科", "管理人员", "否", "2023-01-01", "2023-07-01", "2024-07-01", "是", "2025-01-01", "2026-04-01", "", "", ""),
        row("19970303", 18, "韩巳", "汉族", "大专", "管理人员", "否", "2023-01-01", "2023-07-01", "2024-07-01", "是", "2025-03-01", "2026-06-02", "", "", ""),
        row("19850404", 19, "杨午", "汉族", "高中", "工人", "是", "2023-01-01", "2023-07-01", "2024-07-01", "", "2025-06-01", "", "", "", ""),
        row("19990505", 20, "朱未", "汉族", "高中", "工人", "否", "2023-01-01", "2023-07-01", "2024-07-01", "是", "2025-04-01", "", "", "2026-05-01", "取消资格"),
        row("19800606", 21, "秦申", "汉族", "高中", "工人", "否", "2023-01-01", "2023-07-01", "2024-07-01", "", "2025-08-01", "", "", "2026-02-01", "转出"),
        // transferred in
        id("19750707", 23) + ",许酉,男,汉族,初中,工人,是,,,,,,,2000.07,2001.07,2026-03-01,,,",
        // the pipeline at D
        pipeline("19950808", 25, "何戌", "汉族", "大学本科", "工人", "是", "2024-03-01", "2024-09-01", "2026-03-01", "", ""),
        pipeline("19901231", 26, "吕亥", "汉族", "高中", "农牧渔民", "否", "2024-01-01", "2024-06-01", "2025-10-01", "", ""),
        pipeline("19911231", 27, "施一", "满族", "中专", "工人", "是", "2025-03-01", "2026-02-01", "", "", ""),
        pipeline("20030303", 28, "张二", "汉族", "大专", "学生", "否", "2025-01-01", "2025-06-01", "", "", ""),
        pipeline("20040404", 29, "孔三", "汉族", "高中", "学生", "否", "2026-09-01", "", "", "", ""),
        pipeline("19700101", 31, "曹四", "汉族", "高中", "工人", "否", "2025-05-01", "", "", "2026-08-01", "其他")));
    t.branchFile("NT-001_2025Q4.csv", List.of(
        row("19961231", 1, "王甲", "汉族", "大学本科", "工人", "是", "2016-03-01", "2016-09-01", "2017-09-01", "是", "2017-12-01", "2018-12-01", "", "", ""),
        row("19951231", 2, "李乙", "汉族", "大学专科", "工人", "否", "2015-03-01", "2015-09-01", "2016-03-01", "", "2016-06-01", "2017-06-01", "", "", ""),
        old("19901231", 3, "张丙", "回族", "中专", "农牧渔民", "是", "2010.05", "2011.05", "", ""),
        old("19911231", 4, "赵丁", "汉族", "高中", "农牧渔民", "否", "2012.07", "2013.07", "", ""),
        old("19651231", 5, "钱戊", "汉族", "初中", "离退休人员", "否", "1990.07", "1991.07", "", ""),
        old("19661231", 6, "孙己", "汉族", "小学", "农牧渔民", "是", "1988.07", "1989.07", "", ""),
        old("19551231", 7, "周庚", "汉族", "初中", "离退休人员", "否", "1975.07", "1976.07", "", ""),
        old("19561231", 8, "吴辛", "汉族", "研究生", "离退休人员", "否", "1980.07", "1981.07", "", ""),
        old("19500101", 15, "蒋卯", "汉族", "初中", "离退休人员", "否", "1970.07", "1971.07", "", ""),
        row("19980202", 17, "沈辰", "汉族", "大学本科", "管理人员", "否", "2023-01-01", "2023-07-01", "2024-07-01", "是", "2025-01-01", "", "", "", ""),
        row("19970303", 18, "韩巳", "汉族", "大专", "管理人员", "否", "2023-01-01", "2023-07-01", "2024-07-01", "是", "2025-03-01", "", "", "", ""),
        row("19850404", 19, "杨午", "汉族", "高中", "工人", "是", "2023-01-01", "2023-07-01", "2024-07-01", "", "2025-06-01", "", "", "", ""),
        row("19990505", 20, "朱未", "汉族", "高中", "工人", "否", "2023-01-01", "2023-07-01", "2024-07-01", "是", "2025-04-01", "", "", "", ""),
        row("19800606", 21, "秦申", "汉族", "高中", "工人", "否", "2023-01-01", "2023-07-01", "2024-07-01", "", "2025-08-01", "", "", "", ""),
        // a member at Y0 who is absent from 2026Q4 without a leaving record: 表1's 差 = −1
        old("19660303", 37, "金五", "汉族", "初中", "农牧渔民", "是", "1990.07", "1991.07", "", ""),
        // left in 2025: not a member at Y0
        old("19550404", 39, "杨六", "汉族", "初中", "农牧渔民", "否", "1980.07", "1981.07", "2025-06-01", "转出")));
    t.branchFile("NT-002_2026Q4.csv", List.of(
        old("19880808", 33, "严一", "汉族", "大学本科", "专业技术人员", "是", "2012.07", "2013.07", "", ""),
        row("19940909", 34, "华二", "汉族", "大学本科", "管理人员", "是", "2024-02-01", "2024-08-01", "2025-08-01", "否", "2026-08-01", "", "", "", ""),
        pipeline("19991010", 35, "金三", "汉族", "大专", "工人", "是", "2025-06-01", "2026-01-15", "", "", "")));
    return t;
  }

  /** A member admitted on or after 2014-06-01, with every step of the procedure. */
  private static String row(String birth, int seq, String name, String ethnicity, String education, String occupation,
      String frontline, String applied, String activist, String candidate, String youth, String probation, String full,
      String transferredIn, String leftOn, String leftReason) {
    return person(birth, seq, name, ethnicity, education, occupation, frontline, applied, activist, candidate, youth,
        "甲、乙", "甲、乙", probation, full, transferredIn, leftOn, leftReason);
  }

  /** A member of long standing (month-only dates, no procedure dates). */
  private static String old(String birth, int seq, String name, String ethnicity, String education, String occupation,
      String frontline, String probation, String full, String leftOn, String leftReason) {
    return person(birth, seq, name, ethnicity, education, occupation, frontline, "", "", "", "", "", "", probation, full,
        "", leftOn, leftReason);
  }

  /** Someone in the pipeline: applicant, activist or candidate by the dates given. */
  private static String pipeline(String birth, int seq, String name, String ethnicity, String education,
      String occupation, String frontline, String applied, String activist, String candidate, String leftOn,
      String leftReason) {
    return person(birth, seq, name, ethnicity, education, occupation, frontline, applied, activist, candidate, "",
        activist.isEmpty() ? "" : "甲、乙", "", "", "", "", leftOn, leftReason);
  }

  private static String person(String birth, int seq, String name, String ethnicity, String education,
      String occupation, String frontline, String applied, String activist, String candidate, String youth,
      String sponsors, String introducers, String probation, String full, String transferredIn, String leftOn,
      String leftReason) {
    String id = id(birth, seq);
    String sex = IdNumbers.sex(id) == 'M' ? "男" : "女";
    return String.join(",", id, name, sex, ethnicity, education, occupation, frontline, applied, activist, candidate,
        youth, sponsors, introducers, probation, full, transferredIn, leftOn, leftReason, "");
  }
}
