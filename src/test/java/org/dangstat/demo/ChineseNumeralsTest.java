package org.dangstat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({"1,一", "10,十", "12,十二", "20,二十", "99,九十九", "100,一百", "105,一百零五", "110,一百一十",
      "1001,一千零一", "2010,二千零一十", "9999,九千九百九十九", "10000,10000"})
  void writesNumbersAsOnABranchName(int n, String expected) {
    assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
  }
}
