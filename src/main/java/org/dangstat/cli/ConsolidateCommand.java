package org.dangstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.dangstat.consolidation.ConsolidationLauncher;
import org.dangstat.consolidation.ConsolidationSummary;
import org.dangstat.consolidation.PartitionStillRunningException;
import org.dangstat.warehouse.IdKeyGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "consolidate", mixinStandardHelpOptions = true,
    description = {"The nightly job: load the org tree and every new or changed branch file of the inbox "
        + "into the warehouse, archive the originals, write error reports, print a summary.",
        "With --broker, the inbox's partitions go to the `dangstat worker`s listening on that RabbitMQ broker "
            + "(Spring Batch remote partitioning) instead of this process's threads; the warehouse ends the same.",
        "", "Examples:", "  dangstat consolidate --inbox /srv/dangstat/inbox",
        "  dangstat consolidate --inbox /srv/inbox --db jdbc:postgresql://db:5432/dangstat --broker amqp://guest:guest@mq:5672/",
        ""})
final class ConsolidateCommand implements Callable<Integer> {

  @Option(names = "--inbox", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
  Path inbox = Path.of("inbox");

  @Option(names = "--archive", paramLabel = "DIR", description = "originals and error reports (default: <data>/archive)")
  Path archive;

  @Option(names = "--min-age", paramLabel = "SECONDS",
      description = "leave files modified less than this long ago for the next run, listed as TOO_NEW: "
          + "they may still be being written (the nightly schedule uses 300; default: ${DEFAULT-VALUE})")
  long minAge = 0;

  @Option(names = "--returns", paramLabel = "DIR", description = "per branch, the newest error report and marked "
      + "workbook of each rejected or warned file, to send back (default: ${DEFAULT-VALUE})")
  Path returns = Path.of("out", "returns");

  @Option(names = "--json", paramLabel = "FILE", description = "also write the summary as one JSON object, for "
      + "monitoring (counts, rejected files with their codes, time, where the reports are)")
  Path json;

  @Mixin
  DatabaseOptions database;

  @Mixin
  RemoteOptions remote;

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    try {
      if (minAge < 0) {
        throw new CommandFailure(ExitCodes.USAGE, "--min-age 不能为负数（BAD_MIN_AGE: seconds, 0 or more）");
      }
      ConsolidationSummary summary = remote.broker != null ? runRemote()
          : run(inbox, archive, Duration.ofSeconds(minAge), returns, database, database.dataDir(Path.of("data")));
      JsonSummary.write(json, "consolidate", exitCode(summary), started, summary.asJson());
      return exitCode(summary);
    } catch (CommandFailure e) {
      JsonSummary.write(json, "consolidate", e.exitCode(), started, JsonSummary.failure(e.getMessage()));
      throw e;
    } catch (Exception e) {
      JsonSummary.write(json, "consolidate", ExitCodes.JOB_FAILED, started, JsonSummary.failure(String.valueOf(e)));
      throw e;
    }
  }

  /** With --broker: the partitions go to the workers listening on it. */
  private ConsolidationSummary runRemote() throws Exception {
    checkInbox(inbox);
    database.checkUrl();
    Path data = database.dataDir(Path.of("data"));
    try (Session session = Session.open(database, data, System.out, remote.managerProperties(database))) {
      return runIn(session, inbox, archive != null ? archive : data.resolve("archive"), Duration.ofSeconds(minAge),
          returns, database.quiet);
    }
  }

  static ConsolidationSummary run(Path inbox, Path archive, Duration minAge, Path returns, DatabaseOptions database,
      Path data) throws Exception {
    checkInbox(inbox);
    database.checkUrl();
    try (Session session = Session.open(database, data, System.out)) {
      return runIn(session, inbox, archive != null ? archive : data.resolve("archive"), minAge, returns,
          database.quiet);
    }
  }

  /** Before any database starts: the inbox must be a folder the job can read. */
  static void checkInbox(Path inbox) {
    Path shown = inbox.toAbsolutePath().normalize();
    if (Files.isRegularFile(inbox)) {
      throw new CommandFailure(ExitCodes.USAGE, "--inbox 指向的是一个文件而不是文件夹：" + shown
          + "（INBOX_NOT_A_FOLDER: give the folder the branch files are in）");
    }
    if (!Files.isDirectory(inbox)) {
      throw new CommandFailure(ExitCodes.USAGE, "收件箱目录不存在：" + shown + "（INBOX_MISSING: use --inbox DIR）");
    }
    if (!Files.isReadable(inbox) || !Files.isExecutable(inbox)) {
      throw new CommandFailure(ExitCodes.USAGE, "没有读取收件箱目录的权限：" + shown
          + "（INBOX_UNREADABLE: the job's user cannot list it）");
    }
  }

  static ConsolidationSummary runIn(Session session, Path inbox, Path archiveDir, Path returns, boolean quiet)
      throws Exception {
    return runIn(session, inbox, archiveDir, Duration.ZERO, returns, quiet);
  }

  static ConsolidationSummary runIn(Session session, Path inbox, Path archiveDir, Duration minAge, Path returns,
      boolean quiet) throws Exception {
    return runIn(session, inbox, archiveDir, minAge, returns, quiet, null);
  }

  /** @param now the run's moment (the demo's replayed nights), null for the real clock; no option of the command */
  static ConsolidationSummary runIn(Session session, Path inbox, Path archiveDir, Duration minAge, Path returns,
      boolean quiet, java.time.Instant now) throws Exception {
    if (!quiet) {
      System.out.println("整理收件箱 consolidating " + inbox.toAbsolutePath().normalize());
    }
    ConsolidationSummary summary;
    try {
      summary = session.context.getBean(ConsolidationLauncher.class).consolidate(inbox, archiveDir, minAge, now,
          returns);
    } catch (IdKeyGuard.KeyRefused e) {
      throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
    } catch (PartitionStillRunningException e) {
      throw new CommandFailure(ExitCodes.LOCKED, e.getMessage());
    }
    summary.print(System.out);
    return summary;
  }

  /** A consolidation that rejected some files still finished: its summary says so (cli.md). */
  static int exitCode(ConsolidationSummary summary) {
    return summary.completed() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
  }
}
