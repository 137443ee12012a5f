package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT;
import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT_VERSION;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The org tree keeps its history: a changed unit gets a new version, a missing one is closed, a returning one reopens. */
class OrgTreeHistoryTest {

  @TempDir Path tmp;

  @Test
  void changedUnitsGetANewVersionMissingOnesCloseAndUnchangedOnesStay() throws Exception {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    Township township = new Township(tmp.resolve("inbox")).orgUnits();
    var first = Cli.consolidate(township.inbox(), db, data);
    assertThat(first.out()).contains("组织架构已更新：5 个组织，5 处变化");

    tree(township, "TS-004,四村党支部,TS,党支部,农村");
    var second = Cli.consolidate(township.inbox(), db, data);
    // TS-001 renamed, TS-002 moved to another parent, TS-004 new, TS-003 gone
    assertThat(second.out()).contains("组织架构已更新：5 个组织，4 处变化");

    tree(township, "TS-003,三科技公司党支部,TS,党支部,非公企业", "TS-004,四村党支部,TS,党支部,农村");
    var third = Cli.consolidate(township.inbox(), db, data);
    assertThat(third.out()).contains("组织架构已更新：6 个组织，1 处变化");

    try (var w = new Warehouse(db)) {
      var v = ORG_UNIT_VERSION;
      assertThat(w.dsl.fetchCount(v)).isEqualTo(5 + 3 + 1);
      assertThat(w.dsl.fetchCount(v, v.VALID_TO.isNull())).isEqualTo(6);
      assertThat(w.dsl.select(v.NAME).from(v).where(v.CODE.eq("TS-001")).orderBy(v.ID).fetch(v.NAME))
          .containsExactly("一村党支部", "一村党支部（更名）");
      assertThat(w.dsl.select(v.PARENT_CODE).from(v).where(v.CODE.eq("TS-002").and(v.VALID_TO.isNull()))
          .fetchOne(v.PARENT_CODE)).isEqualTo("TS");
      assertThat(w.dsl.fetchCount(v, v.CODE.eq("TS-003"))).isEqualTo(2); // closed, then back
      assertThat(w.dsl.fetchCount(v, v.CODE.eq("TS"))).isEqualTo(1);
      assertThat(w.dsl.select(ORG_UNIT.CLOSED_AT).from(ORG_UNIT).where(ORG_UNIT.CODE.eq("TS-003"))
          .fetchOne(ORG_UNIT.CLOSED_AT)).isNull();
      assertThat(w.dsl.fetchCount(ORG_UNIT)).isEqualTo(6);
    }
  }

  /** The second and later trees: TS-001 renamed, TS-002 under TS, and these units besides. */
  private static void tree(Township township, String... more) {
    List<String> lines = new ArrayList<>(List.of("组织代码,组织名称,上级代码,组织层级,组织类别",
        "TS,测试街道党工委,,党工委,", "TS-Z1,测试社区党总支,TS,党总支,", "TS-001,一村党支部（更名）,TS,党支部,农村",
        "TS-002,二社区党支部,TS,党支部,社区"));
    lines.addAll(List.of(more));
    township.write("orgunits.csv", StandardCharsets.UTF_8, lines);
  }
}
