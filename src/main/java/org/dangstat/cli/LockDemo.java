package org.dangstat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dangstat.core.Period;
import org.dangstat.integrity.History;
import org.dangstat.integrity.PeriodLocks;

/**
 * The demo's lock (period-checks.md §3): the Q3 bulletin is published and Q3 sealed; then a
 * branch sends a corrected Q3 file anyway, and the nightly run turns it back with PERIOD_LOCKED,
 * telling the clerk whom to ask. The period stays locked, as it would after publication.
 */
final class LockDemo {

  private LockDemo() {}

  static int run(Session session, Path inbox, Path archive, int year) throws Exception {
    Period q3 = new Period(year, 3);
    var locks = session.context.getBean(PeriodLocks.class);
    locks.lock(q3, "三季度发展党员工作通报已印发", LockCommands.osUser());
    System.out.println("封存演示 lock: " + q3 + " 已封存（三季度通报已印发）；随后一个支部又报来三季度更正件：");
    Path corrected = correctedFile(inbox, q3);
    if (corrected == null) {
      return ExitCodes.OK;
    }
    int code = ConsolidateCommand.exitCode(ConsolidateCommand.runIn(session, inbox, archive,
        archive.getParent().resolveSibling("returns"), true));
    var files = session.context.getBean(History.class).files(q3, null).stream()
        .filter(f -> f.fileName().equals(corrected.getFileName().toString()) && "rejected".equals(f.status()))
        .toList();
    System.out.println("  " + corrected.getFileName() + "：" + (files.isEmpty() ? "已接收" : "被退回（PERIOD_LOCKED）")
        + "，查看：dangstat history --period " + q3 + " --data " + archive.getParent());
    return code;
  }

  /** A branch's Q3 CSV exported again (a blank line more at the end): new bytes, the same people. */
  private static Path correctedFile(Path inbox, Period q3) throws IOException {
    try (Stream<Path> files = Files.list(inbox)) {
      Path original = files.filter(f -> f.getFileName().toString().endsWith("_" + q3 + ".csv")).sorted()
          .findFirst().orElse(null);
      if (original == null) {
        return null;
      }
      Files.write(original, new byte[] {'\r', '\n'}, java.nio.file.StandardOpenOption.APPEND);
      // saved by the clerk a while ago, not still being written (consolidate leaves files just touched)
      Files.setLastModifiedTime(original, java.nio.file.attribute.FileTime.from(
          java.time.Instant.now().minusSeconds(600)));
      return original;
    }
  }
}
