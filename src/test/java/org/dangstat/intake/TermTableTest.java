package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A code table looks a cell up as written first: right only because a key is its own key. */
class TermTableTest {

  @Test
  void aKeyIsItsOwnKey() {
    char[] alphabet = "aZ1（）ＡＢ１ａ工人 \u200B\uFEFF\u00A0-_、".toCharArray();
    Random random = new Random(11);
    for (int t = 0; t < 20000; t++) {
      char[] s = new char[random.nextInt(8)];
      for (int i = 0; i < s.length; i++) {
        s[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String key = Texts.key(new String(s));
      assertThat(Texts.key(key)).as(new String(s)).isEqualTo(key);
    }
  }

  @Test
  void writtenAsAKeyOrNotTheCodeIsTheSame() {
    TermTable table = new TermTable();
    table.add("工人（工勤技能人员）", "03");
    table.add("ab", "09");
    assertThat(table.code("工人(工勤技能人员)")).isEqualTo("03");
    assertThat(table.code("工人（工勤技能人员）")).isEqualTo("03");
    assertThat(table.code("AB")).isEqualTo("09");
    assertThat(table.code("ａｂ")).isEqualTo("09");
    assertThat(table.code("ab")).isEqualTo("09");
    assertThat(table.code("abc")).isNull();
  }
}
