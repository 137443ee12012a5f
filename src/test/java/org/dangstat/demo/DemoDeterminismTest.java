package org.dangstat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDeterminismTest {

  @TempDir Path dir;

  private static final DemoOptions SMALL = new DemoOptions(7, 2026, 12, 700, false);

  @Test
  void sameSeedGivesSameFiles() throws IOException {
    var a = DemoTownship.generate(dir.resolve("a"), SMALL);
    var b = DemoTownship.generate(dir.resolve("b"), SMALL);
    assertThat(b.files()).isEqualTo(a.files());
    assertThat(b.mistakes()).isEqualTo(a.mistakes());
    for (String f : a.files()) {
      if (f.endsWith(".xlsx")) {
        assertThat(SnapshotFileReader.read(dir.resolve("b").resolve(f)))
            .isEqualTo(SnapshotFileReader.read(dir.resolve("a").resolve(f)));
      } else {
        assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as(f)
            .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
      }
    }
  }

  @Test
  void otherSeedGivesOtherPeople() throws IOException {
    var a = DemoTownship.generate(dir.resolve("a"), SMALL);
    var c = DemoTownship.generate(dir.resolve("c"), new DemoOptions(8, 2026, 12, 700, false));
    assertThat(firstBranchRows(c, "c")).isNotEqualTo(firstBranchRows(a, "a"));
  }

  private java.util.List<java.util.Map<String, String>> firstBranchRows(DemoManifest m, String sub) throws IOException {
    String file = m.files().stream().filter(f -> f.startsWith("CQ-001_2026Q4")).findFirst().orElseThrow();
    return SnapshotFileReader.read(dir.resolve(sub).resolve(file));
  }

  @Test
  void oneFileModeWritesOneBranchFileWithAllRows() throws IOException {
    var m = DemoTownship.generate(dir.resolve("big"), new DemoOptions(1, 2026, 1, 20_000, true));
    assertThat(m.files()).containsExactly("CQ-001_2026Q4.csv", "orgunits.csv");
    try (var lines = Files.lines(dir.resolve("big").resolve("CQ-001_2026Q4.csv"))) {
      assertThat(lines.count()).isEqualTo(20_001);
    }
    assertThat(SnapshotFileReader.read(dir.resolve("big").resolve("CQ-001_2026Q4.csv")))
        .allMatch(r -> org.dangstat.intake.IdNumbers.hasValidCheckDigit(r.get("身份证号")));
  }
}
