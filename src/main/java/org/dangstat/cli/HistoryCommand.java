package org.dangstat.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangstat.integrity.History;
import org.dangstat.integrity.PeriodLocks;
import org.dangstat.core.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"Past runs (consolidate, analyze, …), the branch files received per period and branch with "
        + "their status and time, and the locks and unlocks of periods. A table for people; --json for machines.",
        "", "Examples:", "  dangstat history --period 2026Q2", "  dangstat history --branch CQ-007 --json", ""})
final class HistoryCommand implements Callable<Integer> {

  @Option(names = "--period", paramLabel = "P", description = "only this period (YYYYQn or YYYY)")
  String period;

  @Option(names = "--branch", paramLabel = "CODE", description = "only this 党支部's files")
  String branch;

  @Option(names = "--json", description = "one JSON object on standard output instead of tables")
  boolean json;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    Period p = period == null ? null : LockCommands.parse(period);
    database.quiet = true;
    try (Session session = Session.open(database, database.dataDir(Path.of("data")), System.out)) {
      var history = session.context.getBean(History.class);
      var runs = history.runs();
      var files = history.files(p, branch);
      var locks = history.locks(p);
      if (json) {
        System.out.println(HistoryJson.of(runs, files, locks));
      } else {
        print(System.out, runs, files, locks);
      }
      return ExitCodes.OK;
    }
  }

  private static void print(PrintStream out, List<History.Run> runs, List<History.FileReceived> files,
      List<PeriodLocks.Event> locks) {
    out.println("运行记录 runs");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"#", "作业", "开始", "结束", "状态", "参数"});
    runs.forEach(r -> rows.add(new String[] {String.valueOf(r.execution()), r.job(), show(r.started()),
        show(r.ended()), r.status(), r.parameters() == null ? "" : r.parameters()}));
    TextTable.print(out, rows);
    out.println();
    out.println("收到的名册 files");
    rows.clear();
    rows.add(new String[] {"期间", "支部", "文件", "状态", "收到时间", "行数", "错误", "警告"});
    files.forEach(f -> rows.add(new String[] {f.period(), f.branchCode(), f.fileName(), status(f.status()),
        show(f.receivedAt()), String.valueOf(f.rows()), String.valueOf(f.errors()), String.valueOf(f.warnings())}));
    TextTable.print(out, rows);
    out.println();
    out.println("封存与解除 locks");
    rows.clear();
    rows.add(new String[] {"期间", "操作", "时间", "用户", "原因"});
    locks.forEach(l -> rows.add(new String[] {l.period(), l.isLock() ? "封存" : "解除封存", show(l.at()), l.osUser(),
        l.reason() == null ? "" : l.reason()}));
    TextTable.print(out, rows);
  }

  private static String status(String s) {
    return switch (s) {
      case "accepted" -> "已接收";
      case "superseded" -> "已被替换";
      case "rejected" -> "被退回";
      default -> s;
    };
  }

  private static String show(java.time.OffsetDateTime t) {
    return t == null ? "" : Moments.show(t);
  }
}
