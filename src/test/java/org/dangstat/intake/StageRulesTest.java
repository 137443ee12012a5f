package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stages, what each requires, leaving, and the warnings on dates. */
class StageRulesTest {

  @TempDir
  Path dir;

  private static Map<String, String> person(String... cells) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("身份证号", TestRows.id("19700101", false));
    r.put("姓名", "李秀英");
    r.put("性别", "女");
    r.put("学历", "高中");
    r.put("工作岗位", "农牧渔民");
    r.put("一线", "是");
    for (int i = 0; i < cells.length; i += 2) {
      r.put(cells[i], cells[i + 1]);
    }
    return r;
  }

  private List<String> codes(Map<String, String> row) throws Exception {
    return TestRows.codes(TestRows.read(dir, row));
  }

  private PersonRow row(Map<String, String> row) throws Exception {
    var c = TestRows.read(dir, row);
    assertThat(c.issues()).filteredOn(Issue::isError).isEmpty();
    return c.rows().get(0);
  }

  @Test
  void stageIsTheLatestDateWritten() throws Exception {
    assertThat(row(person("入党申请日期", "2025-01-05")).stage()).isEqualTo("applicant");
    assertThat(row(person("入党申请日期", "2025-01-05", "积极分子日期", "2025-06-01", "培养联系人", "王五"))
        .stage()).isEqualTo("activist");
    assertThat(row(person("入党日期", "1998-06-18")).stage()).isEqualTo("probationary");
    assertThat(row(person("入党日期", "1998-06-18", "转正日期", "1999-06-20")).stage()).isEqualTo("full");
  }

  @Test
  void aRowNeedsAnApplicationOrAdmissionDate() throws Exception {
    assertThat(codes(person())).containsExactly("NO_STAGE_DATE");
    assertThat(codes(person("入党申请日期", "2025-01-05"))).isEmpty();
  }

  @Test
  void anActivistNeedsSponsorsAndTheDate() throws Exception {
    assertThat(codes(person("入党申请日期", "2025-01-05", "积极分子日期", "2025-06-01")))
        .containsExactly("STAGE_FIELD_MISSING");
    assertThat(codes(person("积极分子日期", "2025-06-01", "培养联系人", "王五")))
        .containsExactly("NO_STAGE_DATE");
  }

  @Test
  void aCandidateNeedsTheActivistDate() throws Exception {
    var c = TestRows.read(dir, person("入党申请日期", "2024-01-05", "发展对象日期", "2025-06-01", "培养联系人", "王五"));
    assertThat(c.issues()).extracting(Issue::code, Issue::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("STAGE_FIELD_MISSING", "积极分子日期"));
  }

  @Test
  void membersAdmittedSince2014NeedTheirHistory() throws Exception {
    assertThat(codes(person("入党日期", "2014-06-01", "转正日期", "2015-06-02")))
        .containsExactly("STAGE_FIELD_MISSING", "STAGE_FIELD_MISSING", "STAGE_FIELD_MISSING", "STAGE_FIELD_MISSING");
    assertThat(codes(person("入党日期", "2014-05-31", "转正日期", "2015-06-02"))).isEmpty();
  }

  @Test
  void monthOnlyDatesAreFineForOldMembersOnly() throws Exception {
    PersonRow old = row(person("入党日期", "1998.07", "转正日期", "1999年7月"));
    assertThat(old.monthOnly()).isTrue();
    assertThat(old.probationOn()).isEqualTo("1998-07-01");
    assertThat(codes(person("入党日期", "1998-07", "转正日期", "1999.07"))).isEmpty();
    assertThat(codes(person("入党申请日期", "2025.01"))).containsExactly("DATE_MONTH_ONLY");
  }

  @Test
  void monthOnlyDatesCompareByMonth() throws Exception {
    assertThat(codes(person("入党日期", "1998-07-20", "转正日期", "1998.07"))).isEmpty();
    assertThat(codes(person("入党日期", "1998-08-20", "转正日期", "1998.07"))).containsExactly("DATE_ORDER");
  }

  @Test
  void everyDateIsNoLaterThanLeaving() throws Exception {
    assertThat(codes(person("入党日期", "1998-06-18", "离开日期", "1998-01-01", "离开原因", "转出")))
        .contains("DATE_ORDER");
    PersonRow left = row(person("入党日期", "1998-06-18", "离开日期", "2026-03-01", "离开原因", "转出"));
    assertThat(left.leftReason()).isEqualTo("transfer_out");
  }

  @Test
  void leftReasonMustBeKnown() throws Exception {
    assertThat(codes(person("入党日期", "1998-06-18", "离开日期", "2026-03-01", "离开原因", "出国")))
        .containsExactly("LEFT_REASON_INVALID");
  }

  @Test
  void disqualifiedIsForNonMembers() throws Exception {
    assertThat(codes(person("入党日期", "1998-06-18", "转正日期", "1999-06-20", "离开日期", "2026-03-01",
        "离开原因", "取消资格"))).containsExactly("LEFT_REASON_STAGE");
    assertThat(codes(person("入党申请日期", "2025-01-05", "离开日期", "2026-03-01", "离开原因", "取消资格")))
        .isEmpty();
  }

  @Test
  void leavingBeforeTheYearIsWorthAWarning() throws Exception {
    var c = TestRows.read(dir, person("入党日期", "1998-06-18", "转正日期", "1999-06-20", "离开日期", "2025-12-31",
        "离开原因", "转出"));
    assertThat(TestRows.codes(c)).containsExactly("LEFT_BEFORE_YEAR");
    assertThat(c.rows()).hasSize(1);
    assertThat(codes(person("入党日期", "1998-06-18", "转正日期", "1999-06-20", "离开日期", "2026-01-01",
        "离开原因", "转出"))).isEmpty();
  }

  @Test
  void probationOverTwoYearsIsWorthAWarning() throws Exception {
    assertThat(codes(person("入党日期", "2010-06-18"))).containsExactly("PROBATION_OVERDUE");
    assertThat(codes(person("入党日期", "2010-06-18", "转正日期", "2011-06-20"))).isEmpty();
  }

  @Test
  void youthRecommendationOnlyForTheYoung() throws Exception {
    Map<String, String> young = TestRows.validMember();
    young.remove("推优");
    assertThat(TestRows.codes(TestRows.read(dir, young))).containsExactly("YOUTH_RECOMMEND_MISSING");
    Map<String, String> older = TestRows.validMember();
    older.remove("推优");
    older.put("身份证号", TestRows.id("19800315", true));
    older.put("出生日期", "");
    assertThat(TestRows.codes(TestRows.read(dir, older))).isEmpty();
  }

  @Test
  void fifteenDigitIdsAreConverted() throws Exception {
    var c = TestRows.read(dir, person("身份证号", "330106700101124", "入党申请日期", "2025-01-05"));
    assertThat(TestRows.codes(c)).containsExactly("ID_15_CONVERTED");
    String id = c.rows().get(0).idNumber();
    assertThat(id).hasSize(18).startsWith("33010619700101124");
    assertThat(IdNumbers.hasValidCheckDigit(id)).isTrue();
    assertThat(c.issues().get(0).value()).doesNotContain("700101");
  }
}
