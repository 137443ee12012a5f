package org.dangstat.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Make a realistic synthetic township inbox, then run the jobs on it and say where "
        + "the results are. Its embedded database lives in <out>/demo/data, apart from real data.",
        "", "Example:", "  dangstat demo --seed 7", ""})
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--out", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
  Path out = Path.of("out");

  @Option(names = "--seed", description = "the same seed makes the same township (default: ${DEFAULT-VALUE})")
  long seed = 2026;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    throw new CommandFailure(ExitCodes.USAGE, "demo: not yet");
  }
}
