package org.dangstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangstat.consolidation.ConsolidationLauncher;
import org.dangstat.consolidation.ConsolidationSummary;
import org.dangstat.warehouse.IdKeyGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "consolidate", mixinStandardHelpOptions = true,
    description = {"The nightly job: load the org tree and every new or changed branch file of the inbox "
        + "into the warehouse, archive the originals, write error reports, print a summary.",
        "", "Example:", "  dangstat consolidate --inbox /srv/dangstat/inbox", ""})
final class ConsolidateCommand implements Callable<Integer> {

  @Option(names = "--inbox", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
  Path inbox = Path.of("inbox");

  @Option(names = "--archive", paramLabel = "DIR", description = "originals and error reports (default: <data>/archive)")
  Path archive;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    return run(inbox, archive, database, database.dataDir(Path.of("data")));
  }

  static int run(Path inbox, Path archive, DatabaseOptions database, Path data) throws Exception {
    if (!Files.isDirectory(inbox)) {
      throw new CommandFailure(ExitCodes.USAGE, "收件箱目录不存在：" + inbox.toAbsolutePath()
          + "（INBOX_MISSING: use --inbox DIR）");
    }
    try (Session session = Session.open(database, data, System.out)) {
      return runIn(session, inbox, archive != null ? archive : data.resolve("archive"), database.quiet);
    }
  }

  static int runIn(Session session, Path inbox, Path archiveDir, boolean quiet) throws Exception {
    if (!quiet) {
      System.out.println("整理收件箱 consolidating " + inbox.toAbsolutePath().normalize());
    }
    ConsolidationSummary summary;
    try {
      summary = session.context.getBean(ConsolidationLauncher.class).consolidate(inbox, archiveDir);
    } catch (IdKeyGuard.KeyRefused e) {
      throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
    }
    summary.print(System.out);
    return summary.completed() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
  }
}
