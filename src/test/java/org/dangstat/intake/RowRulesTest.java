package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of section 3, one cell changed on a valid row: a failing and a passing example. */
class RowRulesTest {

  @TempDir
  Path dir;

  private SampleInboxTest.Collected with(String column, String value) throws Exception {
    Map<String, String> row = TestRows.validMember();
    row.put(column, value);
    return TestRows.read(dir, row);
  }

  @Test
  void theValidRowHasNoIssues() throws Exception {
    var c = TestRows.read(dir, TestRows.validMember());
    assertThat(c.issues()).isEmpty();
    PersonRow p = c.rows().get(0);
    assertThat(p.rowNo()).isEqualTo(2);
    assertThat(p.stage()).isEqualTo("full");
    assertThat(p.sex()).isEqualTo('M');
    assertThat(p.education()).isEqualTo("bachelor");
    assertThat(p.occupation()).isEqualTo("manager");
    assertThat(p.ethnicity()).isEqualTo("01");
    assertThat(p.frontline()).isTrue();
    assertThat(p.sponsors()).containsExactly("李四", "王五");
  }

  @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
  @CsvSource(delimiter = '|', value = {
      "身份证号|''|ID_REQUIRED",
      "身份证号|33010619950315123|ID_FORMAT",
      "身份证号|3301061995031512AB|ID_FORMAT",
      "身份证号|330106199503151230|ID_CHECKSUM",
      "身份证号|330106199502301235|ID_BIRTH_DATE_INVALID",
      "姓名|''|NAME_REQUIRED",
      "姓名|张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张张|NAME_TOO_LONG",
      "性别|''|SEX_REQUIRED",
      "性别|男性x|SEX_INVALID",
      "性别|女|SEX_MISMATCH",
      "出生日期|1995-03-16|BIRTH_DATE_MISMATCH",
      "出生日期|1995-13-01|DATE_INVALID",
      "民族|火星族|ETHNICITY_INVALID",
      "学历|博士后|EDUCATION_INVALID",
      "学历|''|EDUCATION_REQUIRED",
      "工作岗位|老板|OCCUPATION_INVALID",
      "工作岗位|''|OCCUPATION_REQUIRED",
      "一线|''|FRONTLINE_REQUIRED",
      "一线|也许|FRONTLINE_INVALID",
      "推优|可能|YOUTH_RECOMMENDED_INVALID",
      "推优|''|YOUTH_RECOMMEND_MISSING",
      "入党申请日期|2018-02-30|DATE_INVALID",
      "入党申请日期|2018-13|DATE_INVALID",
      "入党申请日期|18-1-1|DATE_INVALID",
      "入党申请日期|2018.01|DATE_MONTH_ONLY",
      "转正日期|2026-07-01|DATE_AFTER_PERIOD",
      "积极分子日期|2017-12-31|DATE_ORDER",
      "转正日期|2019-12-31|DATE_ORDER",
      "入党介绍人|''|STAGE_FIELD_MISSING",
      "发展对象日期|''|STAGE_FIELD_MISSING",
      "离开日期|2026-04-01|LEFT_INCOMPLETE",
      "离开原因|死亡|LEFT_INCOMPLETE",
  })
  void oneBadCellGivesItsCode(String column, String value, String code) throws Exception {
    var c = with(column, value);
    assertThat(TestRows.codes(c)).contains(code);
    boolean error = IssueCatalog.codes().get(code) == Severity.ERROR;
    assertThat(c.rows()).hasSize(error ? 0 : 1);
    Issue issue = c.issues().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    assertThat(issue.rowNo()).isEqualTo(2);
    if (issue.column() != null && issue.column().equals("身份证号") && issue.value() != null) {
      assertThat(issue.value()).contains("****");
    }
  }

  @ParameterizedTest(name = "{0} = \"{1}\" is fine")
  @CsvSource(delimiter = '|', value = {
      "身份证号|' 33010619950315123X '",
      "性别|M", "性别|1", "性别|男",
      "出生日期|''", "出生日期|1995年3月15日", "出生日期|19950315",
      "民族|''", "民族|汉", "民族|01", "民族|1",
      "学历|硕士研究生", "学历|大专", "学历|中技", "学历|职高", "学历|小学",
      "工作岗位|企事业单位、社会组织专业技术人员", "工作岗位|工人（工勤技能人员）", "工作岗位|离退休人员",
      "一线|Y", "一线|0", "一线|否", "推优|否",
      "入党申请日期|2018/1/1", "入党申请日期|2018.01.01", "入党申请日期|2018.1.1", "入党申请日期|2018年1月1日",
      "入党申请日期|20180101",
      "培养联系人|李四;王五", "入党介绍人|李四，王五", "入党介绍人|李四 王五",
  })
  void acceptedValues(String column, String value) throws Exception {
    Map<String, String> row = TestRows.validMember();
    if (column.equals("身份证号")) {
      value = " " + TestRows.id("19950315", true).replace('X', 'x') + " ";
    }
    row.put(column, value);
    var c = TestRows.read(dir, row);
    assertThat(c.issues()).isEmpty();
    assertThat(c.rows()).hasSize(1);
  }

  @Test
  void sexMustAgreeWithId() throws Exception {
    Map<String, String> row = TestRows.validMember();
    row.put("身份证号", TestRows.id("19950315", false));
    row.put("性别", "女");
    assertThat(TestRows.read(dir, row).issues()).isEmpty();
    row.put("性别", "男");
    assertThat(TestRows.codes(TestRows.read(dir, row))).containsExactly("SEX_MISMATCH");
  }

  @Test
  void everyProblemOfTheRowIsReported() throws Exception {
    Map<String, String> row = TestRows.validMember();
    row.put("性别", "女");
    row.put("学历", "博士后");
    row.put("积极分子日期", "2017-12-31");
    assertThat(TestRows.codes(TestRows.read(dir, row)))
        .containsExactlyInAnyOrder("SEX_MISMATCH", "EDUCATION_INVALID", "DATE_ORDER");
  }
}
