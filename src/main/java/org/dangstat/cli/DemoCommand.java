package org.dangstat.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dangstat.demo.Deliveries;
import org.dangstat.demo.DemoManifest;
import org.dangstat.demo.DemoOptions;
import org.dangstat.demo.DemoTownship;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Make a realistic synthetic township's files (<out>/demo/branches), replay the year's "
        + "nightly consolidations as of their nights (each quarter's files reach <out>/demo/inbox a few "
        + "days after its end, a few branches late), then run the other jobs and say where the results "
        + "are. Its embedded database lives in <out>/demo/data, apart from real data.", "", "Example:",
        "  dangstat demo --seed 7", ""})
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
  Path out = Path.of("out");

  @Option(names = "--seed", description = "the same seed makes the same township (default: ${DEFAULT-VALUE})")
  long seed = 2026;

  @Option(names = "--year", description = "the demo's current year (default: the last year that has ended)")
  Integer year;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    Path demo = out.resolve("demo").toAbsolutePath().normalize();
    Path inbox = demo.resolve("inbox");
    Path sent = demo.resolve("branches"); // what the branches hold; it reaches the inbox night by night
    DemoManifest manifest = DemoTownship.generate(sent, DemoOptions.standard(seed, demoYear()));
    var schedule = Deliveries.plan(manifest);
    System.out.println("演示乡镇 demo township → " + sent);
    System.out.print(manifest.summary());
    schedule.late().forEach(l -> System.out.println("  late     " + l));
    System.out.println();
    Path data = database.dataDir(demo.resolve("data"));
    int year = manifest.year();
    Path plan = writePlan(demo, year);
    try (Session session = Session.open(database, data, System.out)) {
      int code = NightlyRuns.replay(session, schedule, sent, inbox, data.resolve("archive"), demo.resolve("returns"),
          database.quiet);
      for (String period : new String[] {String.valueOf(year), year + "Q4"}) {
        if (code == ExitCodes.OK) {
          System.out.println();
          code = AnalyzeCommand.runIn(session, period, plan, out);
        }
      }
      if (code == ExitCodes.OK) {
        System.out.println();
        code = AllocateCommand.runIn(session, year + 1, null, 0.015, plan, null, out);
      }
      if (code == ExitCodes.OK) {
        System.out.println();
        code = LockDemo.run(session, inbox, data.resolve("archive"), year);
      }
      if (code != ExitCodes.OK) {
        return code;
      }
    }
    System.out.println();
    System.out.println("数据仓库 warehouse: " + (database.url != null ? database.url
        : "embedded PostgreSQL in " + database.dataDir(demo.resolve("data")).resolve("pg")));
    System.out.println("原件 archive: " + database.dataDir(demo.resolve("data")).resolve("archive"));
    System.out.println("退回各支部的错误报告 returns to send back: " + demo.resolve("returns"));
    return ExitCodes.OK;
  }

  /** The demo township's plan for its year (the default targets with the demo's own, as jobs/plan-2026.yml). */
  private static Path writePlan(Path demo, int year) throws java.io.IOException {
    java.nio.file.Files.createDirectories(demo);
    return org.dangstat.demo.DemoPlan.write(year, demo.resolve("plan-" + year + ".yml"));
  }

  /**
   * The year-end analysis is made once the year is over: the demo's year is the last year that
   * has ended, so that every date its registers hold lies before the day they are loaded (a later
   * one is DATE_IN_FUTURE, and a Q4 simulated to 31 December would be rejected in December).
   */
  private int demoYear() {
    if (year != null) {
      return year;
    }
    return LocalDate.now().getYear() - 1;
  }
}
