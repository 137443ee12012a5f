package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.TestWorkbooks;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** consolidate --returns: per branch, the reports to send back, under readable names. */
class ReturnsFolderTest {

  @TempDir Path tmp;

  static final String A = id("19700101", 11);
  static final String B = id("19800202", 22);
  static final String BAD = A.substring(0, 17) + (A.charAt(17) == '1' ? '2' : '1');

  @Test
  void rejectedAndWarnedFilesHaveTheirReportsInTheBranchFolder() throws Exception {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    Path returns = tmp.resolve("returns");
    var t = new Township(tmp.resolve("inbox")).orgUnits()
        .branchFile("TS-001_2026Q1.csv", List.of(member(BAD, "王一")))
        .branchFile("TS-002_2026Q1.csv", List.of(member(B, "李二")))
        .write("TS-003_2026Q1.csv", StandardCharsets.UTF_8, List.of(Township.HEADER + ",籍贯", member(A, "王一") + ",浙江"))
        .branchFile("名册.csv", List.of(member(A, "王一")));
    TestWorkbooks.writeXlsx(t.inbox().resolve("TS-001_2026Q2.xlsx"), List.of(member(BAD, "王一")));

    var run = Cli.consolidate(t.inbox(), db, data);

    assertThat(run.exitCode()).isZero();
    assertThat(listing(returns)).containsExactly(
        "TS-001/TS-001_2026Q1.csv.errors.csv", "TS-001/TS-001_2026Q2.xlsx.errors.csv", "TS-001/TS-001_2026Q2.批注.xlsx",
        "TS-003/TS-003_2026Q1.csv.errors.csv", "_no_branch/名册.csv.errors.csv");
    assertThat(Files.readString(returns.resolve("TS-001/TS-001_2026Q1.csv.errors.csv"))).contains("ID_CHECKSUM");
    assertThat(Files.readString(returns.resolve("TS-003/TS-003_2026Q1.csv.errors.csv"))).contains("UNKNOWN_COLUMN");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(returns.resolve("TS-001")))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(returns.resolve("TS-001/TS-001_2026Q2.批注.xlsx"))))
        .isEqualTo("rw-------");
    // the summary points at the copies, not into the archive's hash folders
    assertThat(run.out()).contains("报告 " + returns.resolve("TS-001/TS-001_2026Q1.csv.errors.csv"),
        "批注 " + returns.resolve("TS-001/TS-001_2026Q2.批注.xlsx"), "退回文件夹 returns: " + returns);

    // the branch sends the file again, fixed: its old report is taken away
    t.branchFile("TS-001_2026Q1.csv", List.of(member(A, "王一")));
    assertThat(Cli.consolidate(t.inbox(), db, data).exitCode()).isZero();
    assertThat(listing(returns)).doesNotContain("TS-001/TS-001_2026Q1.csv.errors.csv")
        .contains("TS-001/TS-001_2026Q2.xlsx.errors.csv");
  }

  private static List<String> listing(Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }
}
