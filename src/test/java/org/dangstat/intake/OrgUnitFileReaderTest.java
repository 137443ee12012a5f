package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgUnitFileReaderTest {

  @TempDir
  Path dir;

  private OrgUnitFileReader.Result read(String... lines) throws Exception {
    Path f = dir.resolve("orgunits.csv");
    Files.writeString(f, "组织代码,组织名称,上级代码,组织层级,组织类别\n" + String.join("\n", lines) + "\n");
    return new OrgUnitFileReader().read(f);
  }

  @Test
  void aValidTree() throws Exception {
    var r = read("XS,街道党工委,,党工委,", "XS-1,村党支部,XS,党支部,社会组织");
    assertThat(r.hasErrors()).isFalse();
    assertThat(r.units().get(1).twoNew()).isTrue();
    assertThat(r.units().get(1).level()).isEqualTo("branch");
  }

  @Test
  void twoRoots() throws Exception {
    var r = read("XS,街道党工委,,党工委,", "YS,另一党委,,党委,");
    assertThat(r.issues()).extracting(Issue::code).containsExactly("ORG_MULTIPLE_ROOTS");
  }

  @Test
  void aCycleAndAnUnknownParent() throws Exception {
    var r = read("XS,街道党工委,,党工委,", "A,甲总支,B,党总支,", "B,乙总支,A,党总支,", "C,丙支部,ZZ,党支部,农村");
    assertThat(r.issues()).extracting(Issue::code).containsExactlyInAnyOrder("ORG_CYCLE", "ORG_PARENT_UNKNOWN");
    assertThat(r.issues()).filteredOn(i -> i.code().equals("ORG_CYCLE")).extracting(Issue::message)
        .allMatch(m -> m.contains("A → B → A"));
  }

  @Test
  void rowProblems() throws Exception {
    var r = read("XS,街道党工委,,党工委,", "XS,重复,XS,党总支,", "X S,坏代码,XS,党支部,农村", "D,,XS,支部,",
        "E,无类别支部,XS,党支部,", "F,怪类别支部,XS,党支部,工厂");
    assertThat(r.issues()).extracting(Issue::code).containsExactly("ORG_CODE_DUPLICATE", "ORG_CODE_INVALID",
        "ORG_NAME_REQUIRED", "ORG_LEVEL_INVALID", "ORG_CATEGORY_REQUIRED", "ORG_CATEGORY_INVALID");
  }

  @Test
  void noRoot() throws Exception {
    var r = read("A,甲,B,党总支,", "B,乙,A,党总支,");
    assertThat(r.issues()).extracting(Issue::code).contains("ORG_NO_ROOT", "ORG_CYCLE");
  }
}
