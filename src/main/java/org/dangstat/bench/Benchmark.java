package org.dangstat.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangstat.analysis.AnalysisLauncher;
import org.dangstat.analysis.AnalysisRequest;
import org.dangstat.consolidation.ConsolidationLauncher;
import org.dangstat.core.Period;

/**
 * The measurements of `dangstat bench`, in one run and on one database, three times each, medians
 * compared with the baseline: PostgreSQL's own limit, the same rows as one UTF-8 CSV stream in one
 * COPY (what {@code psql \copy} does); for reference the same rows as one COPY per branch file;
 * consolidate; consolidate again with nothing changed; analyze; and the analysis's own limit, one
 * scan of the period's rows grouped by branch.
 */
public final class Benchmark {

  private static final int REPETITIONS = 3;
  private static final int COLUMNS = 19;
  static final String COPY = "copy (one stream)";
  static final String COPY_PER_FILE = "copy (per file)";
  static final String CONSOLIDATE = "consolidate";
  static final String CONSOLIDATE_UNCHANGED = "consolidate unchanged";
  /** The same files as the next quarter's, loaded onto this one: the cross-check has work. */
  static final String CONSOLIDATE_NEXT = "consolidate (next qtr)";
  static final String ANALYZE = "analyze";
  /** The same period analysed as a quarter: no 年报 tables (the 年报 issue's yardstick). */
  static final String ANALYZE_QUARTER = "analyze (no 年报)";
  static final String SCAN = "scan (analysis limit)";

  private final BenchRepository bench;
  private final ConsolidationLauncher consolidation;
  private final AnalysisLauncher analysis;
  /** The machine's CPU time when the bench began, for what it did while the bench ran. */
  private final Optional<CpuShares> started = CpuShares.now();

  public Benchmark(BenchRepository bench, ConsolidationLauncher consolidation, AnalysisLauncher analysis) {
    this.bench = bench;
    this.consolidation = consolidation;
    this.analysis = analysis;
  }

  /** How the analyses are measured: {@link #analyze} in this JVM, or the same in a JVM of their own. */
  public interface Analyses {
    List<Measurement> measure(Path work, int year) throws Exception;
  }

  /** Every measurement; the analyses' by {@code analyses} ({@link #analyze}, here or in another JVM). */
  public List<Measurement> run(Path inbox, Path work, int year, Analyses analyses) throws Exception {
    // Each consolidate run archives into a folder of its own, and the folders go only after the last
    // measurement: deleting the previous run's thousands of folders just before a run made ext4 spend
    // 1-2 ms of kernel time on every file the next run created (0.1-0.35 ms without the deletion,
    // docs/performance.md, seventh round), a cost of the bench's setup that no night pays.
    Path archives = work.resolve("archives");
    Path[] archive = {archives.resolve("run-0")};
    List<Path> branchFiles = branchFiles(inbox);
    Path stream = work.resolve("baseline.csv");
    BaselineStream.write(branchFiles, stream); // untimed: the conversion is not part of the limit
    List<Measurement> results = new ArrayList<>();
    results.add(Measurement.of(COPY, () -> bench.prepareBaseline(COLUMNS),
        () -> bench.copyBaselineStream(stream), REPETITIONS));
    results.add(Measurement.of(COPY_PER_FILE, () -> bench.prepareBaseline(COLUMNS), () -> {
      long rows = 0;
      for (Path file : branchFiles) {
        var opened = BaselineFiles.open(file);
        try (var in = opened.rows()) {
          rows += bench.copyBaseline(in, opened.encoding());
        }
      }
      return rows;
    }, REPETITIONS));
    bench.dropBaseline();
    Files.delete(stream);
    int[] runs = {0};
    Runnable fresh = () -> {
      bench.emptyWarehouse();
      archive[0] = archives.resolve("run-" + ++runs[0]);
    };
    results.add(Measurement.of(CONSOLIDATE, fresh, () -> consolidate(inbox, archive[0]), REPETITIONS));
    results.add(Measurement.of(CONSOLIDATE_UNCHANGED, () -> { }, () -> consolidate(inbox, archive[0]), REPETITIONS));
    results.addAll(analyses.measure(work, year));
    // last, so that the analyses above see the one quarter they always saw: the next quarter's
    // files, each with an earlier snapshot to be checked against (period-checks.md §1), as every
    // night after a warehouse's first has; untimed before each run, the quarter before it loaded
    Path nextInbox = work.resolve("inbox-next");
    NextQuarter.copy(inbox, nextInbox, new Period(year, 4), new Period(year + 1, 1));
    results.add(results.indexOf(find(results, CONSOLIDATE_UNCHANGED)) + 1, Measurement.of(CONSOLIDATE_NEXT, () -> {
      fresh.run();
      try {
        consolidate(inbox, archive[0]);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }, () -> consolidate(nextInbox, archive[0]), REPETITIONS));
    deleteRecursively(archives);
    deleteRecursively(nextInbox);
    return results;
  }

  /**
   * analyze of the year and the same fourth quarter as a quarter's analysis, which has no 年报
   * tables, three times each in turns; then the scan that is the analysis's limit.
   */
  public List<Measurement> analyze(Path work, int year) throws Exception {
    Period period = new Period(year, 4);
    long people = bench.scanPeriod(period);
    List<Measurement> results = new ArrayList<>();
    // in turns: the ratio of the two is the 年报's cost, not that of a JVM still warming up
    results.addAll(Measurement.interleaved(List.of(ANALYZE, ANALYZE_QUARTER), () -> { },
        List.of(() -> analyze(period, true, work.resolve("out"), people),
            () -> analyze(period, false, work.resolve("out-quarter"), people)), REPETITIONS));
    results.add(Measurement.of(SCAN, () -> { }, () -> bench.scanPeriod(period), REPETITIONS));
    return results;
  }

  private long analyze(Period period, boolean yearReport, Path out, long people) throws Exception {
    var outcome = analysis.analyze(new AnalysisRequest(period, yearReport, null, null, out));
    if (!outcome.completed()) {
      throw new IllegalStateException("analyze failed: " + outcome.failure());
    }
    return people;
  }

  /** Measurements written by {@link #writeResults} (in another JVM). */
  public static List<Measurement> readResults(Path file) throws IOException {
    return Measurement.read(Files.readAllLines(file));
  }

  public static void writeResults(List<Measurement> results, Path file) throws IOException {
    Files.write(file, Measurement.lines(results));
  }

  /** The analysis's two ratios: the year against its scan, and against the same quarter without the 年报. */
  private static void printAnalysisRatios(List<Measurement> results, PrintStream out) {
    double year = find(results, ANALYZE).median();
    out.printf(Locale.ROOT, "ratio analyze/no 年报 = %.2f%n", year / find(results, ANALYZE_QUARTER).median());
    out.printf(Locale.ROOT, "ratio analyze/scan = %.2f%n", year / find(results, SCAN).median());
  }

  /** The analysis's lines of {@link #print} alone (bench --analyze-only). */
  public void printAnalysis(List<Measurement> results, PrintStream out) {
    for (Measurement m : results) {
      out.printf(Locale.ROOT, "%-22s %,10d %8.2f %8.2f %8.2f %9.2f median, %7d MB peak heap%n", m.name(), m.rows(),
          m.seconds()[0], m.seconds()[1], m.seconds()[2], m.median(), m.peakHeapBytes() >> 20);
    }
    out.println("machine at the end: " + machine() + sinceStarted());
    printAnalysisRatios(results, out);
  }

  /**
   * The table, each figure against the baseline (one stream); then the analysis against its scan,
   * and last the ratio consolidate/copy, the line other programs read.
   */
  public void print(List<Measurement> results, PrintStream out) {
    Measurement copy = find(results, COPY);
    out.printf(Locale.ROOT, "%-22s %10s %8s %8s %8s %9s %12s %8s %10s%n", "step", "rows", "run 1", "run 2",
        "run 3", "median s", "rows/s", "x copy", "peak heap");
    for (Measurement m : results) {
      out.printf(Locale.ROOT, "%-22s %,10d %8.2f %8.2f %8.2f %9.2f %,12.0f %8.2f %7d MB%n", m.name(), m.rows(),
          m.seconds()[0], m.seconds()[1], m.seconds()[2], m.median(), m.rowsPerSecond(), m.median() / copy.median(),
          m.peakHeapBytes() >> 20);
    }
    out.println("machine at the end: " + machine() + sinceStarted());
    printAnalysisRatios(results, out);
    out.printf(Locale.ROOT, "ratio consolidate/copy = %.2f%n", find(results, CONSOLIDATE).median() / copy.median());
  }

  /**
   * The machine as the figures were taken on it: cores and the load average (Linux's, else the
   * JVM's view of it), so that every printout says what else was running.
   */
  public static String machine() {
    String load;
    try {
      String[] avg = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      load = avg[0] + " " + avg[1] + " " + avg[2];
    } catch (IOException | RuntimeException e) {
      load = String.format(Locale.ROOT, "%.2f",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    return Runtime.getRuntime().availableProcessors() + " cores, load average " + load;
  }

  /** "; since the start: busy …, stolen by the host …" where Linux counts the machine's CPU time. */
  private String sinceStarted() {
    String shares = started.flatMap(start -> CpuShares.now().map(now -> now.since(start))).orElse("");
    return shares.isEmpty() ? "" : "; since the start: " + shares;
  }

  private static Measurement find(List<Measurement> results, String name) {
    return results.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  private long consolidate(Path inbox, Path archive) throws Exception {
    var summary = consolidation.consolidate(inbox, archive);
    if (!summary.completed()) {
      throw new IllegalStateException("consolidate failed: " + summary.failure());
    }
    return summary.rowsRead();
  }

  private static List<Path> branchFiles(Path inbox) throws IOException {
    try (Stream<Path> files = Files.walk(inbox)) {
      return files.filter(p -> p.getFileName().toString().matches("[A-Za-z0-9-]+_\\d{4}Q[1-4]\\.csv")).sorted().toList();
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
