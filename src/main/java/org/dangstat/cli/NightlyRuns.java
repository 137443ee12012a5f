package org.dangstat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.dangstat.demo.Deliveries;

/**
 * The demo's year of nightly consolidations, replayed in one go: before each night the files
 * that arrived for it move from the branches' folder into the inbox, and the run is made as of
 * that night, so that the files are received when they would have been and the report's 按时报送
 * tells on-time branches from late ones. A night after the real clock is run now (a run cannot
 * happen in the future).
 */
final class NightlyRuns {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private NightlyRuns() {}

  static int replay(Session session, Deliveries.Schedule schedule, Path sent, Path inbox, Path archive,
      Path returns, boolean quiet) throws Exception {
    Files.createDirectories(inbox);
    // an earlier demo's copies would all arrive on the first night (later quarters not begun yet)
    for (Deliveries.Run run : schedule.runs()) {
      for (String file : run.files()) {
        Files.deleteIfExists(inbox.resolve(file));
      }
    }
    Instant realNow = Instant.now();
    int code = ExitCodes.OK;
    for (Deliveries.Run run : schedule.runs()) {
      if (code != ExitCodes.OK) {
        break;
      }
      for (String file : run.files()) {
        move(sent.resolve(file), inbox.resolve(file));
      }
      Instant night = run.at().atZone(ZoneId.systemDefault()).toInstant();
      Instant at = night.isAfter(realNow) ? realNow : night;
      System.out.println();
      System.out.println("夜间汇总 nightly run " + SHOWN.format(run.at()) + "（" + run.period() + "，收到 "
          + run.files().size() + " 个文件）");
      code = ConsolidateCommand.exitCode(ConsolidateCommand.runIn(session, inbox, archive, Duration.ZERO, returns,
          true, at));
    }
    return code;
  }

  private static void move(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
