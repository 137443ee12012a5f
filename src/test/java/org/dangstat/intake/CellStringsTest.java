package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Short cells that repeat down a column come back as the same string, never as another cell's. */
class CellStringsTest {

  private final CellStrings strings = new CellStrings();

  /** What the parser does with one cell: the string found, else made and remembered. */
  private String cell(int column, String text) {
    byte[] bytes = (text + "trailing bytes of the buffer").getBytes(StandardCharsets.UTF_8);
    int length = text.getBytes(StandardCharsets.UTF_8).length;
    String found = strings.find(column, bytes, length);
    if (found != null) {
      return found;
    }
    String made = new String(bytes, 0, length, StandardCharsets.UTF_8);
    strings.remember(column, bytes, length, made);
    return made;
  }

  @Test
  void aRepeatedCellIsTheSameStringAndEveryCellKeepsItsOwnText() {
    String first = cell(2, "汉族");
    assertThat(cell(2, "汉族")).isSameAs(first);
    assertThat(cell(3, "汉族")).isEqualTo("汉族").isNotSameAs(first); // another column, its own table
    for (int i = 0; i < 200; i++) { // many values sharing few slots: each still reads as itself
      assertThat(cell(4, "v" + (i % 40))).isEqualTo("v" + (i % 40));
      assertThat(cell(4, "v" + (i % 40) + "x")).isEqualTo("v" + (i % 40) + "x");
    }
    assertThat(cell(5, "是")).isEqualTo("是");
    assertThat(cell(5, "否")).isEqualTo("否");
    assertThat(cell(5, "是的")).isEqualTo("是的");
  }

  @Test
  void aColumnWhoseCellsDoNotRepeatIsNoLongerLookedUp() {
    for (int i = 0; i < 300; i++) {
      cell(0, "3301101958" + String.format("%08d", i));
    }
    String once = cell(1, "男");
    String id = "330110195800000001";
    assertThat(cell(0, id)).isEqualTo(id);
    assertThat(strings.find(0, id.getBytes(StandardCharsets.UTF_8), 18)).isNull(); // off: made anew
    assertThat(cell(1, "男")).isSameAs(once);
  }

  @Test
  void longCellsAndFarColumnsAreMadeEachTime() {
    String longText = "这是一段很长的备注，超过二十四个字节";
    assertThat(cell(6, longText)).isEqualTo(longText);
    assertThat(strings.find(6, longText.getBytes(StandardCharsets.UTF_8), longText.getBytes(StandardCharsets.UTF_8).length)).isNull();
    assertThat(cell(200, "是")).isEqualTo("是");
    assertThat(strings.find(200, "是".getBytes(StandardCharsets.UTF_8), 3)).isNull();
  }
}
