package org.dangstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line of cli.md: one executable jar, a command per job. */
@Command(name = "dangstat", mixinStandardHelpOptions = true, resourceBundle = "org.dangstat.cli.Help", version = "dangstat 0.1",
    description = {"Batch planning and analytics for township party organisation departments.", "",
        "Examples:", "  dangstat demo                          # a synthetic township, end to end",
        "  dangstat consolidate --inbox inbox/    # the nightly job",
        "  dangstat analyze --period 2026         # the year-end analysis",
        "  dangstat allocate --year 2027 --net-growth-rate 0.015   # next year's quotas", ""},
    subcommands = {ConsolidateCommand.class, AnalyzeCommand.class, AllocateCommand.class, DemoCommand.class,
        BenchCommand.class, TemplateCommand.class, KeyCommand.class, WorkerCommand.class, LockCommands.Lock.class,
        LockCommands.Unlock.class, HistoryCommand.class, CheckCommand.class})
public final class Dangstat implements Runnable {

  public static void main(String[] args) {
    int code = execute(args);
    // The launcher's run that records the class-data archive: the JVM writes it after this exit,
    // and exits 1 when it cannot (a full disk), so the launcher takes the command's own code from here.
    String codeFile = System.getProperty("dangstat.exitCodeFile");
    if (codeFile != null) {
      try {
        Files.writeString(Path.of(codeFile), Integer.toString(code));
      } catch (IOException | RuntimeException e) {
        // then the launcher goes by the JVM's exit code, as without an archive
      }
    }
    System.exit(code);
  }

  /** Runs a command and returns its exit code (tests call this in-process). */
  public static int execute(String... args) {
    if (Failures.DEBUG) {
      System.setProperty("dangstat.log.stack", "%ex"); // libraries' stack traces in the log too
    }
    CommandLine cli = new CommandLine(new Dangstat());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      CommandFailure failure = Failures.explain(e);
      commandLine.getErr().println(failure.getMessage());
      if (Failures.DEBUG) {
        e.printStackTrace(commandLine.getErr());
      } else if (failure.exitCode() == ExitCodes.JOB_FAILED) {
        commandLine.getErr().println("（设置 DANGSTAT_DEBUG=1 可查看详细堆栈 for the full stack trace）");
      }
      return failure.exitCode();
    });
    cli.setParameterExceptionHandler((e, arguments) -> {
      var err = e.getCommandLine().getErr();
      err.println("命令行有误（BAD_USAGE）：" + e.getMessage());
      err.println("用法见 dangstat " + (e.getCommandLine().getCommandName().equals("dangstat") ? ""
          : e.getCommandLine().getCommandName() + " ") + "--help");
      return ExitCodes.USAGE;
    });
    return cli.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(new PrintWriter(System.out, true));
  }
}
