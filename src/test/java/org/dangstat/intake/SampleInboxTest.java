package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.core.Period;
import org.junit.jupiter.api.Test;

/** The sample inbox of the shared spec must read without a single error. */
class SampleInboxTest {

  static Path sample(String name) throws Exception {
    return Path.of(SampleInboxTest.class.getResource("/samples/" + name).toURI());
  }

  record Collected(ReadSummary summary, List<PersonRow> rows, List<Issue> issues) {}

  static Collected read(Path file, Period period) {
    List<PersonRow> rows = new ArrayList<>();
    List<Issue> issues = new ArrayList<>();
    ReadSummary s = new BranchFileReader().read(file, period, new RowSink() {
      @Override
      public void row(PersonRow row) {
        rows.add(row);
      }

      @Override
      public void issue(Issue issue) {
        issues.add(issue);
      }
    });
    return new Collected(s, rows, issues);
  }

  @Test
  void utf8BomSampleReads() throws Exception {
    Collected c = read(sample("XS-001_2026Q2.csv"), new Period(2026, 2));
    assertThat(c.issues()).filteredOn(Issue::isError).isEmpty();
    assertThat(c.summary().encoding()).isEqualTo("UTF-8-BOM");
    assertThat(c.rows()).hasSize(6);
    PersonRow chen = c.rows().get(2);
    assertThat(chen.rowNo()).isEqualTo(4);
    assertThat(chen.stage()).isEqualTo("full");
    assertThat(chen.introducers()).containsExactly("王建国", "李秀英");
    assertThat(c.rows().get(0).monthOnly()).isTrue();
    assertThat(c.rows().get(5).leftReason()).isEqualTo("death");
  }

  @Test
  void gb18030SampleWithTitleRowReads() throws Exception {
    Collected c = read(sample("XS-002_2026Q2.csv"), new Period(2026, 2));
    assertThat(c.issues()).filteredOn(Issue::isError).isEmpty();
    assertThat(c.summary().encoding()).isEqualTo("GB18030");
    assertThat(c.rows()).extracting(PersonRow::rowNo).containsExactly(3, 4, 5);
    assertThat(c.rows().get(0).ethnicity()).isEqualTo("03");
    assertThat(c.rows().get(1).education()).isEqualTo("postgrad");
  }

  @Test
  void englishKeysSampleReads() throws Exception {
    Collected c = read(sample("XS-003_2026Q2.csv"), new Period(2026, 2));
    assertThat(c.issues()).filteredOn(Issue::isError).isEmpty();
    assertThat(c.summary().encoding()).isEqualTo("UTF-8");
    assertThat(c.rows()).hasSize(3);
    assertThat(c.rows().get(0).introducers()).containsExactly("林涛", "王敏");
    assertThat(c.rows().get(2).stage()).isEqualTo("applicant");
    assertThat(c.rows().get(2).ethnicity()).isEqualTo("08");
  }

  @Test
  void sampleOrgUnitsRead() throws Exception {
    OrgUnitFileReader.Result r = new OrgUnitFileReader().read(sample("orgunits.csv"));
    assertThat(r.issues()).isEmpty();
    assertThat(r.units()).hasSize(5);
    assertThat(r.units()).filteredOn(OrgUnitRow::twoNew).extracting(OrgUnitRow::code).containsExactly("XS-003");
    assertThat(r.units().get(0).level()).isEqualTo("committee");
  }
}
