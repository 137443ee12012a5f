package org.dangstat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangstat.core.Period;
import org.dangstat.excel.BranchTemplates;
import org.dangstat.excel.TemplateRepository.BranchSnapshot;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "template", mixinStandardHelpOptions = true,
    description = {"The XLSX a branch clerk fills in for a period: title, header, ID numbers as text, date "
        + "columns, dropdown lists and a 填表说明 sheet, prefilled with the branch's last accepted snapshot "
        + "(people who left in earlier years dropped), so the clerk only records what changed. Written to "
        + "<out>/templates/<P>/<branch>_<P>.xlsx, the name the branch sends it back under; the folder is "
        + "readable only by you (the files hold full ID numbers).",
        "", "Examples:", "  dangstat template --branch CQ-007 --period 2026Q3",
        "  dangstat template --all --period 2026Q3", ""})
final class TemplateCommand implements Callable<Integer> {

  static final class Which {
    @Option(names = "--branch", paramLabel = "CODE", description = "one 党支部") String branch;

    @Option(names = "--all", description = "every 党支部 of the current org tree") boolean all;
  }

  @ArgGroup(exclusive = true, multiplicity = "1") Which which;

  @Option(names = "--period", required = true, paramLabel = "P", description = "YYYYQn, the period to report")
  String period;

  @Option(names = "--out", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}") Path out = Path.of("out");

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    Period p = Period.parse(period).orElseThrow(() -> new CommandFailure(ExitCodes.USAGE,
        "期间“" + period + "”无效，应为 2026Q3 这样的季度（BAD_PERIOD）"));
    database.quiet = true;
    try (Session session = Session.open(database, database.dataDir(Path.of("data")), System.out)) {
      var templates = session.context.getBean(BranchTemplates.class);
      List<BranchSnapshot> branches = templates.branches(p).stream()
          .filter(b -> which.all || b.code().equalsIgnoreCase(which.branch)).toList();
      if (branches.isEmpty()) {
        throw new CommandFailure(ExitCodes.USAGE, which.all ? "组织架构中没有党支部：请先运行 consolidate（NO_ORG_TREE）"
            : "组织架构中没有党支部“" + which.branch + "”（UNKNOWN_BRANCH）");
      }
      Path dir = out.resolve("templates").resolve(p.toString()).toAbsolutePath().normalize();
      for (BranchSnapshot branch : branches) {
        var written = templates.write(branch, p, dir);
        System.out.println(written.prefilled() == null
            ? "  " + written.file() + "（无已接收的报送，空白模板 blank）"
            : "  " + written.file() + "（预填 " + written.prefilled() + " 人，来自 " + written.fromPeriod() + "）");
      }
      System.out.println("模板 templates: " + branches.size() + " 个，在 " + dir);
      return ExitCodes.OK;
    }
  }
}
