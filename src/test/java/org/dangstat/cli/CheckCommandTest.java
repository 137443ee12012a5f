package org.dangstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.TestWorkbooks;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangstat check}: consolidate's validation of branch files, with no database. */
class CheckCommandTest {

  @TempDir Path tmp;

  private static final String A = id("19700101", 11);
  private static final String B = id("19800202", 22);
  private static final String BAD = A.substring(0, 17) + (A.charAt(17) == '1' ? '2' : '1');

  @Test
  void aValidCsvPassesAndTheOutputSaysTheBranchCodeWasNotChecked() {
    var t = new Township(tmp).branchFile("TS-009_2026Q1.csv", List.of(member(A, "王一"), member(B, "李二")));

    var r = Cli.run("check", t.inbox().resolve("TS-009_2026Q1.csv").toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("✓ 可接收", "TS-009_2026Q1.csv：2 行", "BRANCH_UNCHECKED", "--orgunits");
    assertThat(tmp.resolve("TS-009_2026Q1.csv.errors.csv")).doesNotExist();
  }

  @Test
  void aWarnedCsvPassesWithItsReportBesideIt() throws Exception {
    var t = new Township(tmp).write("TS-001_2026Q1.csv", StandardCharsets.UTF_8,
        List.of(Township.HEADER + ",籍贯", member(A, "王一") + ",浙江"));

    var r = Cli.run("check", t.inbox().resolve("TS-001_2026Q1.csv").toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("! 可接收，有警告", "1 个警告", "UNKNOWN_COLUMN×1");
    assertThat(Files.readString(tmp.resolve("TS-001_2026Q1.csv.errors.csv"))).contains("UNKNOWN_COLUMN", "籍贯");
  }

  @Test
  void aRejectedCsvExitsFourWithEveryErrorInItsReport() throws Exception {
    var t = new Township(tmp.resolve("inbox")).orgUnits()
        .branchFile("TS-001_2026Q1.csv", List.of(member(BAD, "王一"), member(B, "李二"), member(B, "李二")))
        .branchFile("TS-002_2026Q1.csv", List.of(member(A, "王一"), member(A, "王一")))
        .branchFile("TS-404_2026Q1.csv", List.of(member(A, "王一")));
    Path out = tmp.resolve("reports");

    var r = Cli.run("check", "--orgunits", t.inbox().resolve("orgunits.csv").toString(), "--out", out.toString(),
        t.inbox().resolve("TS-001_2026Q1.csv").toString(), t.inbox().resolve("TS-002_2026Q1.csv").toString(),
        t.inbox().resolve("TS-404_2026Q1.csv").toString());

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out()).doesNotContain("BRANCH_UNCHECKED")
        .contains("✗ 将被退回", "ID_CHECKSUM×1", "DUPLICATE_ID×1", "UNKNOWN_BRANCH×1", "2 个将被退回".replace("2", "3"));
    String report = Files.readString(out.resolve("TS-001_2026Q1.csv.errors.csv"));
    // the job looks for the same ID twice only in a file otherwise clean, and so does check
    assertThat(report).startsWith("\uFEFF文件,行号,列,值,级别,代码,说明").contains("ID_CHECKSUM").doesNotContain("DUPLICATE_ID")
        .doesNotContain(BAD).contains(BAD.substring(0, 6) + "********");
    assertThat(Files.readString(out.resolve("TS-002_2026Q1.csv.errors.csv"))).contains("DUPLICATE_ID", "另见第2行");
    assertThat(Files.readString(out.resolve("TS-404_2026Q1.csv.errors.csv"))).contains("UNKNOWN_BRANCH");
    assertThat(t.inbox().resolve("TS-001_2026Q1.csv.errors.csv")).doesNotExist();
  }

  @Test
  void xlsxFilesGetAMarkedCopyAndAFixedFileLosesItsOldReport() throws Exception {
    Path bad = tmp.resolve("TS-001_2026Q1.xlsx");
    TestWorkbooks.writeXlsx(bad, List.of(member(BAD, "王一")));
    Path good = tmp.resolve("TS-002_2026Q1.xlsx");
    TestWorkbooks.writeXlsx(good, List.of(member(A, "王一")));

    var r = Cli.run("check", tmp.toString());

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out()).contains("✓ 可接收 accepted " + good, "✗ 将被退回 would be rejected " + bad, "批注 marked copy");
    assertThat(tmp.resolve("TS-001_2026Q1.xlsx.errors.csv")).exists();
    assertThat(tmp.resolve("TS-001_2026Q1.批注.xlsx")).exists();

    TestWorkbooks.writeXlsx(bad, List.of(member(A, "王一")));
    var again = Cli.run("check", tmp.toString());

    assertThat(again.exitCode()).isZero();
    // the reports of the first check are not taken for branch files, and are gone once fixed
    assertThat(again.out()).doesNotContain("errors.csv", "批注.xlsx").contains("2 个可接收，0 个有警告，0 个将被退回");
    assertThat(tmp.resolve("TS-001_2026Q1.xlsx.errors.csv")).doesNotExist();
    assertThat(tmp.resolve("TS-001_2026Q1.批注.xlsx")).doesNotExist();
  }

  @Test
  void aFileThatDoesNotExistIsBadUsage() {
    var r = Cli.run("check", tmp.resolve("nope.csv").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("文件不存在", "FILE_MISSING");
  }

  @Test
  void checkWritesTheReportsConsolidateWrites() throws Exception {
    var t = new Township(tmp.resolve("inbox")).orgUnits()
        .branchFile("TS-001_2026Q1.csv", List.of(member(BAD, "王一"), member(B, "李二,"), "x,,,")) 
        .branchFile("TS-002_2026Q1.csv", List.of(member(A, "王一"), member(A, "王一")))
        .branchFile("TS-003_2026Q9.csv", List.of(member(A, "王一")));
    TestWorkbooks.writeXlsx(t.inbox().resolve("TS-003_2026Q1.xlsx"), List.of(member(BAD, "王一"), member(B, "李二")));
    Path checked = tmp.resolve("checked");
    var check = Cli.run("check", "--out", checked.toString(), t.inbox().toString());
    Path data = tmp.resolve("data");
    var job = Cli.consolidate(t.inbox(), TestDatabase.fresh(), data);

    assertThat(check.exitCode()).isEqualTo(4);
    assertThat(job.exitCode()).isZero();
    for (String name : List.of("TS-001_2026Q1.csv", "TS-002_2026Q1.csv", "TS-003_2026Q9.csv", "TS-003_2026Q1.xlsx")) {
      Path archived;
      try (var files = Files.walk(data.resolve("archive"))) {
        archived = files.filter(p -> p.getFileName().toString().equals(name + ".errors.csv")).findFirst().orElseThrow();
      }
      assertThat(Files.readString(checked.resolve(name + ".errors.csv"))).as(name).isEqualTo(Files.readString(archived));
    }
  }
}
