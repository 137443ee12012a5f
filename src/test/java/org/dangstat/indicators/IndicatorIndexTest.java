package org.dangstat.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The grid finds each org's indicator where the table has it, and nothing where it has none. */
class IndicatorIndexTest {

  @Test
  void findsEveryRowByOrgAndIndicator() {
    // as the engine writes it, but with an org missing an indicator and the orgs not in one block
    Table t = Table.create(
        StringColumn.create(IndicatorEngine.ORG_CODE, "TS", "TS", "B1", "B2", "B1", "B2", "TS"),
        StringColumn.create(IndicatorEngine.INDICATOR, "members", "quota", "members", "members", "quota", "female",
            "female"));
    IndicatorIndex index = new IndicatorIndex(t);

    assertThat(index.row("TS", "members")).isZero();
    assertThat(index.row("TS", "quota")).isEqualTo(1);
    assertThat(index.row("TS", "female")).isEqualTo(6);
    assertThat(index.row("B1", "quota")).isEqualTo(4);
    assertThat(index.row("B2", "female")).isEqualTo(5);
    assertThat(index.row("B2", "quota")).as("an indicator the org has not").isEqualTo(-1);
    assertThat(index.row("B9", "members")).as("an org the table has not").isEqualTo(-1);
    assertThat(index.row("TS", "nothing")).as("an indicator no org has").isEqualTo(-1);
    assertThat(index.firstRow("B2")).isEqualTo(3);
    assertThat(index.firstRow("B9")).isEqualTo(-1);
    assertThat(index.orgs()).containsExactly("TS", "B1", "B2");
    assertThat(index.keys()).containsExactly("members", "quota", "female");
  }

  @Test
  void anEmptyTableHasNothing() {
    IndicatorIndex index = new IndicatorIndex(Table.create(StringColumn.create(IndicatorEngine.ORG_CODE),
        StringColumn.create(IndicatorEngine.INDICATOR)));
    assertThat(index.row("TS", "members")).isEqualTo(-1);
    assertThat(index.orgs()).isEmpty();
  }
}
