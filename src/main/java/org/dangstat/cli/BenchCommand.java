package org.dangstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dangstat.analysis.AnalysisLauncher;
import org.dangstat.bench.BenchRepository;
import org.dangstat.bench.Benchmark;
import org.dangstat.bench.Measurement;
import org.dangstat.consolidation.ConsolidationLauncher;
import org.dangstat.demo.DemoOptions;
import org.dangstat.demo.DemoTownship;
import org.dangstat.warehouse.DatabaseSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Generate N people (the demo's mix) as branch snapshots of one quarter and measure, three "
        + "times each in one run on one database: PostgreSQL's own limit (the same rows converted once, untimed, to "
        + "one UTF-8 CSV stream and loaded by one COPY, as psql \\copy does), for reference one COPY per branch file, "
        + "consolidate, consolidate with nothing changed, analyze of the year, the same quarter analysed without the "
        + "年报 tables, and one GROUP BY branch scan of the period's rows (the analysis's own limit). Prints medians, "
        + "rows/s, ratios to the baseline and peak heap; the last three lines are `ratio analyze/no 年报 = R`, "
        + "`ratio analyze/scan = R` and `ratio consolidate/copy = R`. Uses a fresh embedded database in "
        + "<out>/bench unless --db is given (whose warehouse tables it EMPTIES, and only if bench generated them).",
        "", "Example:", "  dangstat bench --people 1000000", ""})
final class BenchCommand implements Callable<Integer> {

  /** A year that has ended: the generated registers hold no date after the day they are loaded. */
  private static final int YEAR = 2025;

  @Option(names = "--people", required = true, paramLabel = "N") int people;

  @Option(names = "--branches", paramLabel = "B", description = "default: one per 500 people") Integer branches;

  @Option(names = "--one-file", description = "everything in one huge file, as a county that submits at once")
  boolean oneFile;

  @Option(names = "--out", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}") Path out = Path.of("out");

  @Option(names = "--seed", description = "default: ${DEFAULT-VALUE}") long seed = 42;

  @Option(names = "--analyze-only", description = "with --db: measure only the two analyses and the scan, on the people an "
      + "earlier bench left in that warehouse (to profile the analysis without loading again)")
  boolean analyzeOnly;

  @Option(names = "--analyses-in-bench-jvm", description = "measure the analyses in the bench's own JVM, whose "
      + "JIT (C2) the loads need, instead of a JVM started as `dangstat analyze` is (the client compiler alone)")
  boolean analysesInBenchJvm;

  /** Set by the bench for the JVM it starts for its analyses: where they write their measurements. */
  @Option(names = "--results", hidden = true) Path results;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    if (people < 1) {
      throw new CommandFailure(ExitCodes.USAGE, "--people 必须为正数（BAD_SIZE）");
    }
    Path work = out.resolve("bench").toAbsolutePath().normalize();
    if (analyzeOnly) {
      return analyzeOnly(work);
    }
    // The previous bench's files go only after this one has measured: ext4 avoids reusing inodes
    // freed in the last minute or so, and deleting tens of thousands of them here made every file
    // the consolidation created 2-10 times as costly (docs/performance.md, seventh round).
    Path previous = null;
    if (Files.exists(work)) {
      previous = work.resolveSibling("bench.previous-" + System.currentTimeMillis());
      Files.move(work, previous);
    }
    Path inbox = work.resolve("inbox");
    int b = branches != null ? branches : Math.max(1, people / 500);
    long started = System.nanoTime();
    var manifest = DemoTownship.generate(inbox, new DemoOptions(seed, YEAR, b, people, oneFile, true));
    System.out.printf("dangstat bench: %,d people in %,d branch file(s) of %dQ4 (%s), generated in %.1f s; database %s%n",
        manifest.people(), manifest.files().size() - 1, YEAR, oneFile ? "one file" : b + " branches",
        (System.nanoTime() - started) / 1e9, database.url == null ? "embedded PostgreSQL" : database.url);
    database.quiet = true;
    try (Session session = Session.open(database, database.dataDir(work.resolve("data")), System.out)) {
      var repository = session.context.getBean(BenchRepository.class);
      if (!repository.mayEmpty()) {
        throw new CommandFailure(ExitCodes.USAGE, "数据库 " + database.url + " 中已有不是 bench 生成的数据，bench 会清空数据仓库，"
            + "因此拒绝运行；请指定一个空的数据库（BENCH_FOREIGN_DATA）");
      }
      repository.claim();
      System.out.println("server: " + repository.serverVersion() + "; machine: " + Benchmark.machine());
      var benchmark = new Benchmark(repository,
          session.context.getBean(ConsolidationLauncher.class), session.context.getBean(AnalysisLauncher.class));
      System.out.println(analysesInBenchJvm ? "analyses: in this JVM (its JIT, C2, as the loads need)"
          : "analyses: in a JVM of their own, started as `dangstat analyze` is (" + CommandJvm.ANALYZE_JIT + ")");
      Benchmark.Analyses analyses = analysesInBenchJvm ? benchmark::analyze
          : (dir, year) -> analysesInTheirOwnJvm(session.database, dir);
      var measured = benchmark.run(inbox, work, YEAR, analyses);
      benchmark.print(measured, System.out);
    }
    if (previous != null) {
      deleteRecursively(previous);
    }
    return ExitCodes.OK;
  }

  /**
   * The analyses measured by {@code bench --analyze-only} in a JVM started as `dangstat analyze` is,
   * on this bench's warehouse and data folder. It takes neither's lock: this JVM holds both, and
   * waits.
   */
  private List<Measurement> analysesInTheirOwnJvm(DatabaseSettings db, Path work) throws Exception {
    Path file = work.resolve("analyses.tsv");
    List<String> args = new ArrayList<>(List.of("bench", "--people", Integer.toString(people), "--analyze-only",
        "--results", file.toString(), "--out", work.getParent().toString(), "--db", db.url(),
        "--data", database.dataDir(work.resolve("data")).toString()));
    if (db.user() != null) {
      args.addAll(List.of("--db-user", db.user()));
    }
    var child = new ProcessBuilder(CommandJvm.command(CommandJvm.ANALYZE_JIT, args)).inheritIO();
    if (db.password() != null && !db.password().isEmpty()) {
      child.environment().put("PGPASSWORD", db.password()); // never on a command line (ps)
    }
    int code = child.start().waitFor();
    if (code != ExitCodes.OK) {
      throw new IllegalStateException("the analyses' JVM failed (exit code " + code + ")");
    }
    var measured = Benchmark.readResults(file);
    Files.delete(file);
    return measured;
  }

  private int analyzeOnly(Path work) throws Exception {
    if (database.url == null) {
      throw new CommandFailure(ExitCodes.USAGE, "--analyze-only 需要 --db：分析上一次 bench 留在该数据库中的数据（BAD_OPTIONS）");
    }
    database.quiet = true;
    Path data = database.dataDir(work.resolve("data"));
    // the bench's own analyses' JVM: the bench that started it holds the locks of both, as a manager for its workers
    try (Session session = results != null ? Session.worker(database, data, System.out, Map.of())
        : Session.open(database, data, System.out)) {
      var repository = session.context.getBean(BenchRepository.class);
      if (!repository.mayEmpty()) {
        throw new CommandFailure(ExitCodes.USAGE, "数据库 " + database.url + " 中已有不是 bench 生成的数据（BENCH_FOREIGN_DATA）");
      }
      var benchmark = new Benchmark(repository, null, session.context.getBean(AnalysisLauncher.class));
      if (results != null) {
        Benchmark.writeResults(benchmark.analyze(work, YEAR), results);
        return ExitCodes.OK;
      }
      System.out.println("server: " + repository.serverVersion() + "; machine: " + Benchmark.machine());
      benchmark.printAnalysis(benchmark.analyze(work, YEAR), System.out);
    }
    return ExitCodes.OK;
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
