package org.dangstat.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.intake.IdNumbers;

/**
 * A small hand-made township for tests: an org tree and branch files written as a clerk would,
 * with valid ID numbers unless a test breaks one on purpose.
 */
public final class Township {

  public static final String HEADER =
      "身份证号,姓名,性别,民族,学历,工作岗位,一线,入党申请日期,积极分子日期,发展对象日期,推优,培养联系人,入党介绍人,入党日期,转正日期,转入日期,离开日期,离开原因,备注";

  private final Path inbox;

  public Township(Path inbox) {
    this.inbox = inbox;
    try {
      Files.createDirectories(inbox);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path inbox() {
    return inbox;
  }

  /** Root TS, a 党总支 TS-Z1, branches TS-001 (农村), TS-002 (社区, under TS-Z1), TS-003 (非公企业). */
  public Township orgUnits() {
    return write("orgunits.csv", StandardCharsets.UTF_8, List.of(
        "组织代码,组织名称,上级代码,组织层级,组织类别",
        "TS,测试街道党工委,,党工委,",
        "TS-Z1,测试社区党总支,TS,党总支,",
        "TS-001,一村党支部,TS,党支部,农村",
        "TS-002,二社区党支部,TS-Z1,党支部,社区",
        "TS-003,三科技公司党支部,TS,党支部,非公企业"));
  }

  /** An ID number with a correct check digit: birth date yyyymmdd, sequence 3 digits (odd = male). */
  public static String id(String birth, int sequence) {
    String first17 = "330106" + birth + String.format("%03d", sequence);
    return first17 + IdNumbers.checkDigit(first17);
  }

  /** A long-standing full member (admitted before 2014, month-only dates). */
  public static String member(String id, String name) {
    String sex = IdNumbers.sex(id) == 'M' ? "男" : "女";
    return id + "," + name + "," + sex + ",汉族,高中,工人,是,,,,,,,1998.07,1999.07,,,,";
  }

  /** A member admitted in 2026 with the full procedure. */
  public static String newMember(String id, String name) {
    String sex = IdNumbers.sex(id) == 'M' ? "男" : "女";
    return id + "," + name + "," + sex + ",汉族,大学本科,专业技术人员,是,2024-03-01,2024-09-01,2025-10-01,是,"
        + "张三、李四,张三、李四,2026-02-20,,,,,";
  }

  public Township branchFile(String fileName, List<String> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(rows);
    return write(fileName, StandardCharsets.UTF_8, lines);
  }

  public Township write(String fileName, Charset charset, List<String> lines) {
    try {
      Path file = inbox.resolve(fileName);
      Files.createDirectories(file.getParent());
      Files.writeString(file, String.join("\r\n", lines) + "\r\n", charset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
