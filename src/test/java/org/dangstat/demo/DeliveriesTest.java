package org.dangstat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's nights: each quarter a few days after its end, two or three branches late with Q4. */
class DeliveriesTest {

  @TempDir static Path dir;
  static DemoManifest manifest;

  @BeforeAll
  static void generate() {
    manifest = DemoTownship.generate(dir.resolve("a"), DemoOptions.standard(42, 2025));
  }

  @Test
  void everyFileArrivesOnceInItsQuartersNightsInOrder() {
    var schedule = Deliveries.plan(manifest);
    List<String> delivered = new ArrayList<>();
    schedule.runs().forEach(r -> delivered.addAll(r.files()));
    var expected = new ArrayList<>(manifest.files());
    expected.addAll(manifest.ignoredFiles());
    assertThat(delivered).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(schedule.runs().get(0).files()).contains("orgunits.csv");
    assertThat(schedule.runs()).extracting(Deliveries.Run::at).isSorted();
    for (var run : schedule.runs()) {
      assertThat(run.files()).allMatch(f -> org.dangstat.intake.InboxFileName.parse(f)
          .map(n -> n.period().equals(run.period())).orElse(true));
      long days = ChronoUnit.DAYS.between(run.period().end(), run.at().toLocalDate());
      boolean late = schedule.late().stream().anyMatch(l -> run.files().contains(l.file()));
      assertThat(days).isBetween(late ? 15L : 3L, late ? 20L : 8L);
    }
  }

  @Test
  void twoOrThreeBranchesSendTheLastQuarterLateEachWithAStory() {
    var schedule = Deliveries.plan(manifest);
    assertThat(schedule.late()).hasSizeBetween(2, 3);
    assertThat(schedule.late()).allMatch(l -> l.file().startsWith(l.branch() + "_2025Q4.") && !l.story().isBlank());
    // none of them already tells another story
    assertThat(schedule.late()).extracting(Deliveries.Late::branch)
        .doesNotContainAnyElementsOf(manifest.inconsistencies().stream().map(DemoManifest.Inconsistency::branch).toList());
  }

  @Test
  void sameSeedSameNights() {
    var again = DemoTownship.generate(dir.resolve("b"), DemoOptions.standard(42, 2025));
    assertThat(Deliveries.plan(again)).isEqualTo(Deliveries.plan(manifest));
  }
}
