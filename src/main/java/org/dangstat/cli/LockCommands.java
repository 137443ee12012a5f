package org.dangstat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangstat.integrity.PeriodLocks;
import org.dangstat.core.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dangstat lock} and {@code dangstat unlock} (period-checks.md §3). */
final class LockCommands {

  private LockCommands() {}

  @Command(name = "lock", mixinStandardHelpOptions = true,
      description = {"Seal a period once its bulletin is published: later files for it are rejected "
          + "(PERIOD_LOCKED), and its analysis stays byte for byte what it was at this moment. Recorded with "
          + "the time, your user name and the reason; listed by `dangstat history`.",
          "", "Example:", "  dangstat lock --period 2026Q2 --reason \"半年通报已印发\"", ""})
  static final class Lock implements Callable<Integer> {
    @Option(names = "--period", required = true, paramLabel = "P", description = "YYYYQn or YYYY (= its Q4)")
    String period;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why (e.g. the bulletin's number)")
    String reason;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
      Period p = parse(period);
      try (Session session = Session.open(database, database.dataDir(Path.of("data")), System.out)) {
        var locks = session.context.getBean(PeriodLocks.class);
        var event = locks.lock(p, blankToNull(reason), osUser());
        if (event.isEmpty()) {
          System.out.println("期间" + p + "早已于" + Moments.show(locks.lockedAt(p).orElseThrow())
              + "封存，未作改动（ALREADY_LOCKED）");
          return ExitCodes.OK;
        }
        System.out.println("已封存 locked " + p + "（" + Moments.show(event.get().at()) + "，" + event.get().osUser()
            + "）：此后该期间的名册将被退回，分析结果保持封存时的数字");
        return ExitCodes.OK;
      }
    }
  }

  @Command(name = "unlock", mixinStandardHelpOptions = true,
      description = {"Reopen a locked period so that corrected files are accepted again. The reason is "
          + "required and recorded with the time and your user name.",
          "", "Example:", "  dangstat unlock --period 2026Q2 --reason \"红旗村支部更正转入日期\"", ""})
  static final class Unlock implements Callable<Integer> {
    @Option(names = "--period", required = true, paramLabel = "P", description = "YYYYQn or YYYY (= its Q4)")
    String period;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why it is reopened")
    String reason;

    @Mixin DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
      Period p = parse(period);
      if (blankToNull(reason) == null) {
        throw new CommandFailure(ExitCodes.USAGE, "解除封存须说明原因：--reason（REASON_REQUIRED）");
      }
      try (Session session = Session.open(database, database.dataDir(Path.of("data")), System.out)) {
        var event = session.context.getBean(PeriodLocks.class).unlock(p, reason.trim(), osUser());
        if (event.isEmpty()) {
          throw new CommandFailure(ExitCodes.USAGE, "期间" + p + "没有封存（NOT_LOCKED）");
        }
        System.out.println("已解除封存 unlocked " + p + "（" + Moments.show(event.get().at()) + "，"
            + event.get().osUser() + "）：该期间重新接收名册");
        return ExitCodes.OK;
      }
    }
  }

  static Period parse(String text) {
    String t = text.trim();
    if (t.matches("\\d{4}")) {
      return new Period(Integer.parseInt(t), 4);
    }
    return Period.parse(t).orElseThrow(() -> new CommandFailure(ExitCodes.USAGE,
        "期间“" + text + "”无效，应为 2026 或 2026Q3（BAD_PERIOD）"));
  }

  /** Who did it, as the operating system knows them. */
  static String osUser() {
    String user = System.getProperty("user.name");
    return user == null || user.isBlank() ? "unknown" : user;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
