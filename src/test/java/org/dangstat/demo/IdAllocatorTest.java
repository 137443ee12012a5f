package org.dangstat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.dangstat.intake.IdNumbers;
import org.junit.jupiter.api.Test;

class IdAllocatorTest {

  @Test
  void pastTheFirstRegionsNumbersStayValidAndUniqueForCountySizedBenchmarks() {
    var ids = new IdAllocator();
    LocalDate birth = LocalDate.of(1980, 6, 15);
    long firstPool = 16L * 500 * IdAllocator.ROUNDS; // the blocks of regions.csv
    for (long i = 0; i < firstPool; i++) {
      ids.next('M', birth);
    }
    Set<String> overflow = new HashSet<>();
    for (int i = 0; i < 50_000; i++) {
      String id = ids.next('M', birth.plusDays(i % 3000));
      assertThat(IdNumbers.hasValidShape(id) && IdNumbers.hasValidCheckDigit(id)).as(id).isTrue();
      assertThat(IdNumbers.birthDate(id)).as(id).isPresent();
      assertThat(overflow.add(id)).as("unique: " + id).isTrue();
    }
    var regions = DataFile.rows("regions-overflow.csv").stream().map(r -> r[0]).toList();
    assertThat(overflow).allMatch(id -> regions.contains(id.substring(0, 6)));
  }
}
