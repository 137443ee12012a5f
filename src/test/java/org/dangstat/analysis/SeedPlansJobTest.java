package org.dangstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed plans' targets end to end on real PostgreSQL (issue 17): last year's registers give
 * new_members_previous_year, orgunits give 学生人数 and 职工人数, the optional columns 服务积分 and
 * 培训学时 are loaded and judged, and a draft of allocate with a sub-quota goes back into analyze.
 *
 * <pre>
 * TS-001 一村 (农村), quota 1     2025: B, C admitted (2)   2026: I admitted (farmer, 16 学时: TRAINING_HOURS)
 *                                 D 发展对象 2026-03-01 with 50 points (SERVICE_POINTS), J K L new activists (3)
 * TS-002 城关中学 (学校) 职工40 学生600, quota 2
 *                                 2025: F, G, H admitted (3)  2026: M (32 学时), N admitted, students
 *                                 O 发展对象 2026-04-01 with 75 points
 * root: new 3 against 5 last year: (3 − 5) / 5 = −40.0%
 * </pre>
 */
class SeedPlansJobTest {

  static final String HEADER = Township.HEADER + ",服务积分,培训学时";

  @TempDir Path tmp;
  String db;
  Path data;
  Township township;
  Path plan;

  @BeforeEach
  void setUp() throws IOException {
    db = TestDatabase.fresh();
    data = tmp.resolve("data");
    township = new Township(tmp.resolve("inbox"));
    township.write("orgunits.csv", StandardCharsets.UTF_8, List.of(
        "组织代码,组织名称,上级代码,组织层级,组织类别,职工人数,学生人数",
        "TS,测试街道党工委,,党工委,,,",
        "TS-001,一村党支部,TS,党支部,农村,,",
        "TS-002,城关中学党支部,TS,党支部,学校,40,600"));
    String a = person(id("19600101", 1), "王一", "高中", "农牧渔民", "", "", "", "1990.07", "1991.07", "", "");
    String b = person(id("19900101", 3), "李二", "高中", "农牧渔民", "2023-01-05", "2023-07-01", "2024-08-01", "2025-03-01", "", "", "");
    String c = person(id("19910101", 5), "张三", "高中", "农牧渔民", "2023-01-05", "2023-07-01", "2024-08-01", "2025-06-01", "", "", "");
    String d25 = person(id("19920101", 7), "赵四", "高中", "农牧渔民", "2024-03-01", "2024-09-01", "", "", "", "", "");
    String i25 = person(id("19930101", 9), "钱五", "初中", "农牧渔民", "2024-01-01", "2024-06-01", "2025-07-01", "", "", "", "");
    String e = person(id("19800101", 11), "孙老师", "大学本科", "专业技术人员", "", "", "", "2005.07", "2006.07", "", "");
    String f = student(id("20040101", 13), "周一", "2025-05-01", "");
    String g = student(id("20040201", 15), "吴二", "2025-09-01", "");
    String h = student(id("20040301", 17), "郑三", "2025-10-01", "");
    township.write("TS-001_2025Q4.csv", StandardCharsets.UTF_8, List.of(HEADER, a, b, c, d25, i25));
    township.write("TS-002_2025Q4.csv", StandardCharsets.UTF_8, List.of(HEADER, e, f, g, h));
    township.write("TS-001_2026Q4.csv", StandardCharsets.UTF_8, List.of(HEADER, a,
        full(b, "2026-03-05"), full(c, "2026-06-05"),
        person(id("19920101", 7), "赵四", "高中", "农牧渔民", "2024-03-01", "2024-09-01", "2026-03-01", "", "", "50", ""),
        person(id("19930101", 9), "钱五", "初中", "农牧渔民", "2024-01-01", "2024-06-01", "2025-07-01", "2026-04-01", "", "", "16"),
        person(id("19950101", 19), "冯六", "高中", "工人", "2025-06-01", "2026-02-01", "", "", "", "", ""),
        person(id("19960101", 21), "陈七", "高中", "工人", "2025-06-01", "2026-05-01", "", "", "", "", ""),
        person(id("19970101", 23), "褚八", "高中", "工人", "2025-06-01", "2026-07-01", "", "", "", "", "")));
    township.write("TS-002_2026Q4.csv", StandardCharsets.UTF_8, List.of(HEADER, e,
        full(f, "2026-05-02"), full(g, "2026-09-02"), full(h, "2026-10-02"),
        student(id("20040401", 25), "卫四", "2026-05-10", "32"),
        student(id("20040501", 27), "蒋五", "2026-06-20", ""),
        person(id("20040601", 29), "沈六", "高中", "学生", "2024-09-01", "2025-03-01", "2026-04-01", "", "", "75", "")));
    plan = Files.writeString(tmp.resolve("plan-2026.yml"), """
        year: 2026
        org: TS
        planned_new: 3
        targets:
          new_members_change_rate:  {max: -0.228}
          member_share_of_students: {approx: 0.01}
        sub_quotas:
          student: 2
          农村: 2
        service_points_min: 60
        branches:
          TS-001: 1
          TS-002: 2
        branch_targets:
          TS-001:
            new_activists: {min: 1, max: 2}
        """);
  }

  /** A row with 推优 是, two sponsors and (from 入党日期 on) two introducers. */
  static String person(String id, String name, String education, String occupation, String applied, String activist,
      String candidate, String probation, String full, String points, String hours) {
    String sex = org.dangstat.intake.IdNumbers.sex(id) == 'M' ? "男" : "女";
    boolean recent = !applied.isEmpty();
    return String.join(",", id, name, sex, "汉族", education, occupation, "是", applied, activist, candidate,
        recent && !activist.isEmpty() ? "是" : "", recent && !activist.isEmpty() ? "甲、乙" : "",
        recent && !probation.isEmpty() ? "甲、乙" : "", probation, full, "", "", "", "", points, hours);
  }

  static String student(String id, String name, String probation, String hours) {
    return person(id, name, "高中", "学生", "2023-09-01", "2024-03-01", "2025-03-15", probation, "", "", hours);
  }

  /** The same row with 转正日期. */
  static String full(String row, String fullOn) {
    String[] c = row.split(",", -1);
    c[14] = fullOn;
    return String.join(",", c);
  }

  @Test
  void theSeedPlansTargetsAreComputedJudgedAndTold() throws IOException {
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    var result = Cli.run("analyze", "--period", "2026", "--plan", plan.toString(), "--out", tmp.resolve("out").toString(),
        "--db", db, "--data", data.toString());
    assertThat(result.exitCode()).isZero();
    Path dir = tmp.resolve("out/2026");
    var v = read(dir.resolve("indicators.csv"));

    assertThat(v.get("TS|new_members")).isEqualTo("3||3|quota 3|met");
    assertThat(v.get("TS|new_members_previous_year")).isEqualTo("5||5||");
    assertThat(v.get("TS-002|new_members_previous_year")).isEqualTo("3||3||");
    assertThat(v.get("TS|new_members_change_rate")).isEqualTo("-2|5|-0.4000|max -0.228|met");
    assertThat(v.get("TS-001|new_members_change_rate")).isEqualTo("-1|2|-0.5000||");
    assertThat(v.get("TS|new_activists")).isEqualTo("3||3||");         // 冯六 陈七 褚八
    assertThat(v.get("TS-001|new_activists")).isEqualTo("3||3|min 1.0 max 2.0|missed");
    assertThat(v.get("TS|new_candidates")).isEqualTo("2||2||");        // 赵四, 沈六
    // students: TS-002's members 周一 吴二 郑三 卫四 蒋五 of its 600; TS-001 gives no 学生人数
    assertThat(v.get("TS|member_share_of_students")).isEqualTo("5|600|0.0083|approx 0.01|met");
    assertThat(v.get("TS-002|member_share_of_staff")).isEqualTo("1|40|0.0250||");  // 孙老师
    assertThat(v.get("TS-001|member_share_of_staff")).isEqualTo("||||");
    assertThat(v.get("TS|new_members_student")).isEqualTo("2||2|quota 2|met");
    assertThat(v.get("TS|sub_quota_student")).isEqualTo("2||2||");
    assertThat(v.get("TS|new_members_农村")).isEqualTo("1||1|quota 2|missed");

    String compliance = Files.readString(dir.resolve("compliance.csv"), StandardCharsets.UTF_8);
    assertThat(compliance).contains("SERVICE_POINTS").contains("赵四").contains("服务积分50分，未达到计划规定的60分")
        .contains("TRAINING_HOURS").contains("钱五").contains("发展对象集中培训16学时，不足24学时")
        .doesNotContain("沈六").doesNotContain("卫四");

    String report = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(report).contains("发展党员3名，比上年（5名）下降40.0%，达到“比上年下降22.8%”的要求")
        .contains("其中学生发展2名，计划2名，完成100.0%")
        .contains("其中农村类党支部发展1名，计划2名，完成50.0%，落后于进度（按进度应发展2名）")
        .contains("TS-001 一村党支部：新确定入党积极分子数为3名，高于“1至2名”的要求")
        .contains("比上年下降22.8%").contains(">下降40.0%<")     // the target table says it as the plan does
        .contains("服务积分未达标准")
        .contains("其中学生发展党员数").contains("计划2名");   // the sub-quotas in the table of targets
  }

  @Test
  void aDraftWithASubQuotaGoesBackIntoAnalyze() throws IOException {
    assertThat(Cli.consolidate(township.inbox(), db, data).exitCode()).isZero();
    var allocate = Cli.run("allocate", "--year", "2027", "--total", "4", "--plan", plan.toString(),
        "--out", tmp.resolve("out").toString(), "--db", db, "--data", data.toString());
    assertThat(allocate.exitCode()).isZero();
    Path draft = tmp.resolve("out/allocation-2027/plan-2027.draft.yml");
    String text = Files.readString(draft, StandardCharsets.UTF_8);
    assertThat(text).contains("sub_quotas:").contains("  student: 2").contains("new_activists: {min: 1.0, max: 2.0}")
        .contains("new_members_change_rate: {max: -0.228}").contains("service_points_min: 60");
    // the ready: TS-001 赵四 (发展对象) and 冯六 (积极分子 since 2026-02-01: a year by 2027-06-30), TS-002 沈六 (a student)
    assertThat(text).containsPattern("TS-002: 1 +# 其中学生1名");
    var analyze = Cli.run("analyze", "--period", "2026", "--plan", draft.toString(), "--out",
        tmp.resolve("again").toString(), "--db", db, "--data", data.toString());
    assertThat(analyze.exitCode()).isZero();
    assertThat(read(tmp.resolve("again/2026/indicators.csv")).get("TS|sub_quota_student")).isEqualTo("2||2||");
  }

  /** org|key → numerator|denominator|value|target|status. */
  static Map<String, String> read(Path csv) throws IOException {
    Map<String, String> out = new HashMap<>();
    String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
    for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
      List<String> cells = new ArrayList<>();
      for (String c : List.of("numerator", "denominator", "value", "target", "status")) {
        cells.add(r.get(c));
      }
      out.put(r.get("org_code") + "|" + r.get("indicator"), String.join("|", cells));
    }
    return out;
  }
}
