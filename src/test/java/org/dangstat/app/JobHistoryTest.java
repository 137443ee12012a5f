package org.dangstat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Honest jobs: the demo runs consolidate, analyze twice, allocate, and consolidate again after
 * locking Q3 (the late correction turned away) in one process. Each run is
 * in the Spring Batch tables with its inputs as job parameters and a run.id counted per job, and
 * the second analysis shows its own period, not anything left by the first.
 */
class JobHistoryTest {

  @TempDir Path tmp;

  @Test
  void everyRunOfTheDemoIsInTheBatchTablesWithItsParameters() throws Exception {
    String db = TestDatabase.fresh();
    var result = Cli.run("demo", "--out", tmp.toString(), "--seed", "11", "--year", "2026", "--db", db);
    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();

    List<String> runs = runs(db);
    assertThat(runs).containsSubsequence(
        "consolidate 1 inbox=" + tmp.resolve("demo/inbox").toAbsolutePath().normalize(),
        "analyze 1 period=2026Q4 report=year",
        "analyze 2 period=2026Q4 report=quarter",
        "allocate 1 reference=2026Q4 year=2027");
    // whatever else the demo runs: each job's run ids count 1, 2, 3 … in the order of its runs
    for (String job : List.of("consolidate", "analyze", "allocate")) {
      List<String> ids = runs.stream().filter(r -> r.startsWith(job + " ")).map(r -> r.split(" ")[1]).toList();
      assertThat(ids).as(job).isEqualTo(IntStream.rangeClosed(1, ids.size())
          .mapToObj(String::valueOf).toList());
    }
    assertThat(Files.readString(tmp.resolve("2026/report.html"))).contains("2026年度 发展党员工作分析");
    assertThat(Files.readString(tmp.resolve("2026Q4/report.html"))).contains("2026年第四季度 发展党员工作分析")
        .doesNotContain("2026年度 发展党员工作分析");
  }

  /** job name, run.id and the identifying parameters but run.id (out, the folder, left aside), in run order. */
  private static List<String> runs(String db) throws Exception {
    List<String> out = new ArrayList<>();
    try (var c = DriverManager.getConnection(db); var rs = c.createStatement().executeQuery("""
        select i.job_name, e.job_execution_id,
               max(p.parameter_value) filter (where p.parameter_name = 'run.id') as run_id,
               string_agg(p.parameter_name || '=' || p.parameter_value, ' ' order by p.parameter_name)
                 filter (where p.identifying = 'Y' and p.parameter_name not in ('run.id', 'out')) as params
        from batch.batch_job_execution e
        join batch.batch_job_instance i on i.job_instance_id = e.job_instance_id
        join batch.batch_job_execution_params p on p.job_execution_id = e.job_execution_id
        group by i.job_name, e.job_execution_id order by e.job_execution_id""")) {
      while (rs.next()) {
        out.add(rs.getString(1) + " " + rs.getString(3) + " " + rs.getString(4));
      }
    }
    return out;
  }
}
