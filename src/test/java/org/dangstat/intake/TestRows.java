package org.dangstat.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.Period;

/** Builds snapshot files around one valid row, for tests that change one cell at a time. */
final class TestRows {

  static final Period PERIOD = new Period(2026, 2);
  static final List<String> HEADER = List.of("身份证号", "姓名", "性别", "出生日期", "民族", "学历", "工作岗位", "一线",
      "入党申请日期", "积极分子日期", "发展对象日期", "推优", "培养联系人", "入党介绍人", "入党日期", "转正日期", "转入日期",
      "离开日期", "离开原因", "服务积分", "培训学时", "备注");

  private TestRows() {}

  /** A valid 18-digit number for a birth date (yyyyMMdd). */
  static String id(String birth, boolean male) {
    String first17 = "330106" + birth + "12" + (male ? "3" : "4");
    return first17 + IdNumbers.checkDigit(first17);
  }

  /** A full member admitted in 2020 with every field filled in. */
  static Map<String, String> validMember() {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("身份证号", id("19950315", true));
    r.put("姓名", "张伟");
    r.put("性别", "男");
    r.put("出生日期", "1995-03-15");
    r.put("民族", "汉族");
    r.put("学历", "本科");
    r.put("工作岗位", "管理人员");
    r.put("一线", "是");
    r.put("入党申请日期", "2018-01-01");
    r.put("积极分子日期", "2018-07-01");
    r.put("发展对象日期", "2019-07-01");
    r.put("推优", "是");
    r.put("培养联系人", "李四、王五");
    r.put("入党介绍人", "李四、王五");
    r.put("入党日期", "2020-01-10");
    r.put("转正日期", "2021-01-12");
    return r;
  }

  static Path csv(Path dir, List<Map<String, String>> rows) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", HEADER)).append("\r\n");
    for (Map<String, String> row : rows) {
      for (int i = 0; i < HEADER.size(); i++) {
        String v = row.getOrDefault(HEADER.get(i), "");
        b.append(i == 0 ? "" : ",").append(v.contains(",") ? "\"" + v + "\"" : v);
      }
      b.append("\r\n");
    }
    Path file = dir.resolve("T-1_2026Q2.csv");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }

  static SampleInboxTest.Collected read(Path dir, Map<String, String> row) throws IOException {
    return SampleInboxTest.read(csv(dir, List.of(row)), PERIOD);
  }

  static List<String> codes(SampleInboxTest.Collected c) {
    return c.issues().stream().map(Issue::code).toList();
  }
}
