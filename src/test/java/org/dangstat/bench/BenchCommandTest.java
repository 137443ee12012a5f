package org.dangstat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small `dangstat bench` completes and prints a table other programs can read; speed is not checked. */
class BenchCommandTest {

  private static final Pattern ROW = Pattern.compile(
      "^(copy \\(baseline\\)|consolidate|consolidate unchanged|analyze)\\s+([\\d,]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+"
          + "([\\d.]+)\\s+([\\d.]+)\\s+([\\d,]+)\\s+([\\d.]+)\\s+(\\d+) MB$");

  @TempDir Path tmp;

  @Test
  void twentyThousandPeopleGiveAFullTableAndTheRatioLine() {
    var result = Cli.run("bench", "--people", "20000", "--out", tmp.toString(), "--db", TestDatabase.fresh());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    var rows = lines.stream().map(ROW::matcher).filter(m -> m.matches()).toList();
    assertThat(rows).extracting(m -> m.group(1))
        .containsExactly("copy (baseline)", "consolidate", "consolidate unchanged", "analyze");
    long copied = Long.parseLong(rows.get(0).group(2).replace(",", ""));
    long consolidated = Long.parseLong(rows.get(1).group(2).replace(",", ""));
    assertThat(copied).isBetween(18_000L, 22_000L).isEqualTo(consolidated);
    assertThat(Long.parseLong(rows.get(2).group(2).replace(",", ""))).as("nothing changed, nothing read").isZero();
    assertThat(Double.parseDouble(rows.get(0).group(6))).isPositive();

    String last = lines.get(lines.size() - 1);
    assertThat(last).matches("ratio consolidate/copy = \\d+\\.\\d{2}");
    double ratio = Double.parseDouble(last.substring(last.indexOf('=') + 1).trim());
    double expected = Double.parseDouble(rows.get(1).group(6)) / Double.parseDouble(rows.get(0).group(6));
    // the table shows medians rounded to 1/100 s: the ratio from them is only close
    assertThat(ratio).isCloseTo(expected, Offset.offset(0.1 * expected + 0.01));
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
