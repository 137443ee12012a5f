package org.dangstat.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dangstat command in a JVM of its own, started as this one was (the same java, heap, collector,
 * class path and class-data archive) but with the JIT that the launcher gives that command. The
 * benchmark's analyses run so: `dangstat analyze` runs with the client compiler alone (the
 * launcher, `./dangstat`), and measured inside the benchmark's JVM, whose C2 the loads need, an
 * analysis was measured as no user runs it (docs/performance.md, eighteenth round).
 */
final class CommandJvm {

  /** The launcher's JIT for every command but consolidate, worker and bench (LauncherTest keeps the two equal). */
  static final String ANALYZE_JIT = "-XX:TieredStopAtLevel=1";

  private static final String MAIN = "org.dangstat.cli.Dangstat";

  private CommandJvm() {}

  /** The command line of {@code args} in a new JVM with the JIT flag {@code jit}. */
  static List<String> command(String jit, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (inherited(flag)) {
        command.add(flag);
      }
    }
    command.add(jit);
    String classPath = System.getProperty("java.class.path");
    if (onSystemClassPath()) {
      command.addAll(List.of("-cp", classPath, MAIN));
    } else {
      command.addAll(List.of("-jar", classPath)); // Spring Boot's nested jar: only its own launcher reads it
    }
    command.addAll(args);
    return command;
  }

  /**
   * Whether a flag of this JVM's applies to the child too: not the JIT's (the child has its own),
   * nor what would make the child do this JVM's one-off work (record the launcher's class-data
   * archive and its exit code, a flight recording, an agent or a debugger's port).
   */
  static boolean inherited(String flag) {
    return !(flag.startsWith("-XX:TieredStopAtLevel") || flag.matches("-XX:[+-]TieredCompilation")
        || flag.startsWith("-XX:ArchiveClassesAtExit") || flag.startsWith("-Ddangstat.exitCodeFile")
        || flag.startsWith("-XX:StartFlightRecording") || flag.startsWith("-XX:FlightRecorderOptions")
        || flag.startsWith("-javaagent") || flag.startsWith("-agentlib") || flag.startsWith("-agentpath")
        || flag.startsWith("-Xrun") || flag.startsWith("-Xdebug"));
  }

  /** dangstat's classes on the JVM's own class path (a plain or extracted jar, the tests), not nested in a fat jar. */
  private static boolean onSystemClassPath() {
    try {
      Class.forName(MAIN, false, ClassLoader.getSystemClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
