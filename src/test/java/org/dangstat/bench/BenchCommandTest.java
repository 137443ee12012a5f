package org.dangstat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.regex.Pattern;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small `dangstat bench` completes and prints a table other programs can read; speed is not checked. */
class BenchCommandTest {

  private static final Pattern ROW = Pattern.compile(
      "^(copy \\(one stream\\)|copy \\(per file\\)|consolidate|consolidate unchanged|consolidate \\(next qtr\\)|analyze|analyze \\(no 年报\\)|scan \\(analysis limit\\))\\s+([\\d,]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+"
          + "([\\d.]+)\\s+([\\d.]+)\\s+([\\d,]+)\\s+([\\d.]+)\\s+(\\d+) MB$");

  @TempDir Path tmp;

  @Test
  void twentyThousandPeopleGiveAFullTableAndTheRatioLine() throws Exception {
    Path earlier = java.nio.file.Files.createDirectories(tmp.resolve("bench/archives/run-1"));
    java.nio.file.Files.writeString(earlier.resolve("left-by-an-earlier-bench.csv"), "x");

    var result = Cli.run("bench", "--people", "20000", "--out", tmp.toString(), "--db", TestDatabase.fresh());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    try (var left = java.nio.file.Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("the earlier bench's files are gone, after the measurements")
          .containsExactly("bench");
    }
    assertThat(tmp.resolve("bench/archives")).as("the runs' archives go once measured").doesNotExist();
    List<String> lines = result.out().lines().toList();
    var rows = lines.stream().map(ROW::matcher).filter(m -> m.matches()).toList();
    assertThat(rows).extracting(m -> m.group(1)).containsExactly("copy (one stream)", "copy (per file)",
        "consolidate", "consolidate unchanged", "consolidate (next qtr)", "analyze", "analyze (no 年报)",
        "scan (analysis limit)");
    long copied = count(rows.get(0));
    long consolidated = count(rows.get(2));
    assertThat(copied).isBetween(18_000L, 22_000L).isEqualTo(consolidated).isEqualTo(count(rows.get(1)))
        .as("the scan reads the period's rows").isEqualTo(count(rows.get(7)))
        .as("both analyses count the period's people").isEqualTo(count(rows.get(5))).isEqualTo(count(rows.get(6)));
    assertThat(count(rows.get(3))).as("nothing changed, nothing read").isZero();
    var files = Pattern.compile("in ([\\d,]+) branch file").matcher(result.out());
    assertThat(files.find()).as(result.out()).isTrue();
    long branchFiles = Long.parseLong(files.group(1).replace(",", ""));
    assertThat(count(rows.get(4))).as("the next quarter: the same people, but for the last of one file in ten")
        .isEqualTo(consolidated - (branchFiles + NextQuarter.VANISHING_EVERY - 1) / NextQuarter.VANISHING_EVERY);
    assertThat(Double.parseDouble(rows.get(0).group(6))).isPositive();

    assertThat(lines).as("the analyses run as `dangstat analyze` does, in a JVM of their own, with its JIT")
        .contains("analyses: in a JVM of their own, started as `dangstat analyze` is (-XX:TieredStopAtLevel=1)");
    assertThat(lines).as("which server and which machine load, at the start and the end")
        .anyMatch(l -> l.matches("server: PostgreSQL \\d+.*; machine: \\d+ cores, load average .+"));
    assertThat(lines.get(lines.size() - 4)).matches("machine at the end: \\d+ cores, load average .+");
    if (Files.exists(Path.of("/proc/stat"))) {
      assertThat(lines.get(lines.size() - 4)).as("and the share of the CPU its host took (Linux)")
          .matches(".*; since the start: busy \\d+\\.\\d %, stolen by the host \\d+\\.\\d %");
    }
    String tablesLine = lines.get(lines.size() - 3);
    assertThat(tablesLine).matches("ratio analyze/no 年报 = \\d+\\.\\d{2}");
    assertRatio(tablesLine, rows.get(5), rows.get(6));
    String scanLine = lines.get(lines.size() - 2);
    assertThat(scanLine).matches("ratio analyze/scan = \\d+\\.\\d{2}");
    assertRatio(scanLine, rows.get(5), rows.get(7));
    String last = lines.get(lines.size() - 1);
    assertThat(last).matches("ratio consolidate/copy = \\d+\\.\\d{2}");
    assertRatio(last, rows.get(2), rows.get(0));
  }

  @Test
  void theAnalysesMayBeMeasuredInTheBenchsOwnJvm() throws Exception {
    var result = Cli.run("bench", "--people", "2000", "--analyses-in-bench-jvm", "--out", tmp.toString(),
        "--db", TestDatabase.fresh());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).contains("analyses: in this JVM (its JIT, C2, as the loads need)");
    assertThat(result.out().lines().map(ROW::matcher).filter(m -> m.matches()).map(m -> m.group(1)))
        .contains("analyze", "analyze (no 年报)", "scan (analysis limit)");
  }

  private static long count(java.util.regex.Matcher row) {
    return Long.parseLong(row.group(2).replace(",", ""));
  }

  /**
   * The ratio line against the medians of the table: those are rounded to 1/100 s, so the ratio
   * must lie between what the rounding bounds allow.
   */
  private static void assertRatio(String line, java.util.regex.Matcher over, java.util.regex.Matcher under) {
    double ratio = Double.parseDouble(line.substring(line.indexOf('=') + 1).trim());
    double a = Double.parseDouble(over.group(6));
    double b = Double.parseDouble(under.group(6));
    double low = (a - 0.005) / (b + 0.005);
    double high = b > 0.005 ? (a + 0.005) / (b - 0.005) : Double.MAX_VALUE;
    assertThat(ratio).isBetween(low - 0.01, high + 0.01);
  }

  @Test
  void refusesAWarehouseHoldingDataItDidNotGenerate() throws Exception {
    String db = TestDatabase.fresh();
    var township = new Township(tmp.resolve("inbox")).orgUnits()
        .branchFile("TS-001_2026Q4.csv", List.of(Township.member(Township.id("19700101", 1), "王一")));
    assertThat(Cli.consolidate(township.inbox(), db, tmp.resolve("data")).exitCode()).isZero();

    var result = Cli.run("bench", "--people", "1000", "--out", tmp.resolve("bench").toString(), "--db", db);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out() + result.err()).contains("BENCH_FOREIGN_DATA");
    try (var c = DriverManager.getConnection(db); var rs = c.createStatement()
        .executeQuery("select count(*) from warehouse.person_snapshot")) {
      rs.next();
      assertThat(rs.getInt(1)).as("the data is still there").isEqualTo(1);
    }
  }
}
