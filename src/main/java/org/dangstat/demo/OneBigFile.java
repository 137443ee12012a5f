package org.dangstat.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dangstat.core.Period;
import org.dangstat.core.Stage;

/**
 * Benchmark mode: one branch with {@code people} rows in a single yearQ4 CSV. Each person is made
 * with a settled past and written at once, never kept: memory stays flat for a million rows. The
 * people are a mix of all categories so the rows look like the township's, not like one village.
 */
final class OneBigFile {

  static final String BRANCH_CODE = OrgTreePlan.ROOT_CODE + "-001";

  private OneBigFile() {}

  static DemoManifest write(Path inbox, DemoOptions options) throws IOException {
    Files.createDirectories(inbox);
    var random = new SplittableRandom(options.seed());
    List<CategoryProfile> profiles = CategoryProfile.load();
    var mix = new Weighted<>(profiles, profiles.stream().mapToDouble(p -> p.branchWeight() * p.sizeWeight()).toArray());
    var names = PersonalNames.load();
    var factory = new PersonFactory(names, new IdAllocator());
    var branch = new OrgUnit(BRANCH_CODE, "城桥街道联合党支部", OrgTreePlan.ROOT_CODE, OrgUnit.BRANCH_LEVEL,
        profiles.get(1), options.people());
    OrgUnitsFile.write(inbox.resolve("orgunits.csv"),
        List.of(new OrgUnit(OrgTreePlan.ROOT_CODE, OrgTreePlan.ROOT_NAME, "", OrgUnit.ROOT_LEVEL, null, 0), branch));
    var period = new Period(options.year(), 4);
    LocalDate end = period.end();
    var stages = new Weighted<>(List.of(Stage.values()), new double[] {3.5, 5, 2.5, 2.5, 86.5});
    Colleagues strangers = r -> names.strangers(1, r).get(0);
    String file = BRANCH_CODE + "_" + period + ".csv";
    FileStyle style = new FileStyle(FileStyle.Format.CSV_UTF8, false, false, DateStyle.ISO, false);
    int members = 0;
    try (var writer = SnapshotWriter.open(inbox.resolve(file), style, "")) {
      for (int i = 0; i < options.people(); i++) {
        Person p = factory.settled(stages.pick(random), end, mix.pick(random), random, strangers);
        if (random.nextInt(100) < 3) {
          leftThisYear(p, period, random);
        }
        members += p.isMember() && p.leftOn == null ? 1 : 0;
        writer.row(Columns.values(p, style));
      }
    }
    var files = new ArrayList<>(List.of(file, "orgunits.csv"));
    files.sort(null);
    return new DemoManifest(inbox, options.seed(), options.year(), 1, List.copyOf(files), List.of(),
        Map.of(file, style.describe()), options.people(), 0, members, List.of(), List.of(), List.of(), List.of());
  }

  /** A few rows are people who left this year: 转出 or 死亡 for members, 取消资格/其他 otherwise. */
  private static void leftThisYear(Person p, Period period, SplittableRandom r) {
    LocalDate from = Days.max(p.lastStageDate().plusDays(1), period.yearStart());
    if (from.isAfter(period.end())) {
      return;
    }
    p.leftOn = Days.between(r, from, period.end());
    p.leftReason = p.isMember() ? (r.nextInt(3) == 0 ? "死亡" : "转出") : (r.nextBoolean() ? "取消资格" : "其他");
  }
}
