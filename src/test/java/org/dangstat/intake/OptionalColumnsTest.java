package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The optional columns of issue 17 (submission-format.md): 服务积分 and 培训学时 of a branch file,
 * 职工人数 and 学生人数 of orgunits. Blank is "not given", never 0; what is not a number ≥ 0 is an
 * error with its code, never guessed.
 */
class OptionalColumnsTest {

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      服务积分 | 60     | 60.0
      服务积分 | 72.5   | 72.5
      服务积分 | ６０    | 60.0
      服务积分 | 65分   | 65.0
      服务积分 | 0      | 0.0
      培训学时 | 24     | 24.0
      培训学时 | 32学时 | 32.0
      """)
  void numbersAreRead(String column, String text, double expected) throws Exception {
    Map<String, String> row = TestRows.validMember();
    row.put(column, text);
    var c = TestRows.read(dir, row);
    assertThat(c.issues()).isEmpty();
    PersonRow r = c.rows().get(0);
    assertThat(column.equals("服务积分") ? r.servicePoints() : r.trainingHours()).isEqualTo(expected);
  }

  @Test
  void blankIsNotGiven() throws Exception {
    var c = TestRows.read(dir, TestRows.validMember());
    assertThat(c.rows().get(0).servicePoints()).isNull();
    assertThat(c.rows().get(0).trainingHours()).isNull();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      服务积分 | -5      | SERVICE_POINTS_INVALID
      服务积分 | 优秀    | SERVICE_POINTS_INVALID
      服务积分 | 60;70   | SERVICE_POINTS_INVALID
      培训学时 | 三天    | TRAINING_HOURS_INVALID
      培训学时 | 1e3     | TRAINING_HOURS_INVALID
      """)
  void otherTextIsAnError(String column, String text, String code) throws Exception {
    Map<String, String> row = TestRows.validMember();
    row.put(column, text);
    var c = TestRows.read(dir, row);
    assertThat(TestRows.codes(c)).containsExactly(code);
    assertThat(c.rows()).isEmpty();
    assertThat(c.issues().get(0).message()).contains(text);
  }

  @Test
  void orgUnitsMayGiveTheirHeadCounts() throws Exception {
    Path f = dir.resolve("orgunits.csv");
    Files.writeString(f, "组织代码,组织名称,上级代码,组织层级,组织类别,职工人数,学生人数\n"
        + "XS,某大学党委,,党委,,,\n"
        + "XS-1,数学学院学生党支部,XS,党支部,学校,,1200\n"
        + "XS-2,机关党支部,XS,党支部,机关,85,\n"
        + "XS-3,后勤党支部,XS,党支部,学校,40人,0\n");
    var r = new OrgUnitFileReader().read(f);
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.units()).extracting(OrgUnitRow::staffCount).containsExactly(null, null, 85, 40);
    assertThat(r.units()).extracting(OrgUnitRow::studentCount).containsExactly(null, 1200, null, 0);
  }

  @Test
  void aHeadCountThatIsNotAWholeNumberIsAnError() throws Exception {
    Path f = dir.resolve("orgunits.csv");
    Files.writeString(f, "组织代码,组织名称,上级代码,组织层级,组织类别,职工人数,学生人数\n"
        + "XS,某大学党委,,党委,,,\n"
        + "XS-1,学生党支部,XS,党支部,学校,12.5,约千人\n");
    var r = new OrgUnitFileReader().read(f);
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.issues()).extracting(Issue::code).containsExactly("ORG_COUNT_INVALID", "ORG_COUNT_INVALID");
    assertThat(r.issues().get(0).message()).contains("职工人数").contains("12.5");
  }
}
