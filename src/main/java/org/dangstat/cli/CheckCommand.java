package org.dangstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.dangstat.consolidation.DryRun;
import org.dangstat.consolidation.DryRun.Result;
import org.dangstat.consolidation.DryRun.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"A dry run for a clerk or the committee: validate branch files exactly as consolidate "
        + "would, without a database, and write each file's error report (and marked copy for XLSX) "
        + "beside it or into --out. A folder is checked as an inbox. Without --orgunits (or an orgunits "
        + "file among FILE) the branch code is not checked.",
        "", "Examples:", "  dangstat check CQ-007_2026Q3.xlsx",
        "  dangstat check --orgunits inbox/orgunits.csv --out out/check inbox/", ""})
final class CheckCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "branch files (CODE_PERIOD.csv or .xlsx, e.g. CQ-007_2026Q3.xlsx) or folders")
  List<Path> files;

  @Option(names = "--orgunits", paramLabel = "FILE", description = "the org tree to check branch codes against")
  Path orgUnits;

  @Option(names = "--out", paramLabel = "DIR", description = "where the reports go (default: beside each file)")
  Path out;

  @Override
  public Integer call() {
    for (Path p : files) {
      requireExists(p);
    }
    if (orgUnits != null) {
      requireExists(orgUnits);
    }
    Path reports = out == null ? null : out.toAbsolutePath().normalize();
    try (DryRun withoutTree = DryRun.withoutOrgTree(reports, LocalDate.now())) {
      return check(withoutTree);
    }
  }

  private int check(DryRun withoutTree) {
    DryRun run = withoutTree;
    List<Result> results = new ArrayList<>();
    List<Path> all = DryRun.expand(files);
    Path tree = orgUnits != null ? orgUnits : all.stream().filter(DryRun::isOrgUnits).findFirst().orElse(null);
    if (tree != null) {
      run = run.withOrgTree(tree, results);
    }
    for (Path file : all) {
      if (!DryRun.isOrgUnits(file)) {
        results.add(run.check(file));
      }
    }
    print(results, run.checksBranches());
    return results.stream().anyMatch(r -> r.verdict() == Verdict.REJECTED) ? ExitCodes.REJECTED : ExitCodes.OK;
  }

  private static void requireExists(Path p) {
    if (!Files.exists(p)) {
      throw new CommandFailure(ExitCodes.USAGE, "文件不存在：" + p.toAbsolutePath().normalize() + "（FILE_MISSING）");
    }
  }

  private static void print(List<Result> results, boolean branchesChecked) {
    System.out.println("检查 check: " + results.size() + " 个文件"
        + (branchesChecked ? "" : "（未提供组织架构 --orgunits：未核对支部代码 BRANCH_UNCHECKED）"));
    for (Result r : results) {
      String mark = switch (r.verdict()) {
        case ACCEPTED -> "✓";
        case WARNED -> "!";
        case REJECTED -> "✗";
        case IGNORED -> "·";
      };
      StringBuilder line = new StringBuilder("  " + mark + " " + r.verdict().label + " " + r.file());
      if (r.verdict() != Verdict.IGNORED) {
        line.append("：").append(r.rows()).append(r.orgTree() ? " 个组织" : " 行");
        if (r.errors() > 0) {
          line.append("，").append(r.errors()).append(" 个错误");
        }
        if (r.warnings() > 0) {
          line.append("，").append(r.warnings()).append(" 个警告");
        }
        if (!r.codes().isEmpty()) {
          line.append("（").append(r.codes().entrySet().stream().map(e -> e.getKey() + "×" + e.getValue())
              .collect(Collectors.joining("，"))).append("）");
        }
        if (r.report() != null) {
          line.append(System.lineSeparator()).append("      报告 report: ").append(r.report());
        }
        if (r.annotated() != null) {
          line.append(System.lineSeparator()).append("      批注 marked copy: ").append(r.annotated());
        }
      }
      System.out.println(line);
      r.notes().forEach(n -> System.out.println("      " + n));
    }
    long rejected = results.stream().filter(r -> r.verdict() == Verdict.REJECTED).count();
    long warned = results.stream().filter(r -> r.verdict() == Verdict.WARNED).count();
    long accepted = results.stream().filter(r -> r.verdict() == Verdict.ACCEPTED).count();
    System.out.printf("结果 result: %d 个可接收，%d 个有警告，%d 个将被退回%s%n", accepted, warned, rejected,
        rejected > 0 ? "（请按报告改正后再报送 fix and check again）" : "");
  }
}
