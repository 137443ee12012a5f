package org.dangstat.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * dangstat in a child JVM, for what an in-process run cannot show: an environment of its own, a
 * working folder of its own, files it must not be able to read, a kill -9.
 *
 * <p>When the tests run as root (a container), the child runs as root without the capabilities
 * that let root read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), through util-linux
 * {@code setpriv}, so that a mode-000 file is unreadable for it as it would be for the job's user.
 */
public final class Child {

  public record Result(int exitCode, String out) {}

  private final List<String> args;
  private Path workDir;
  private final Map<String, String> env = new java.util.HashMap<>();

  private Child(List<String> args) {
    this.args = args;
  }

  /** A consolidation without --returns sends its returns to a temporary folder, not the working directory's out/. */
  public static Child dangstat(String... args) {
    return new Child(List.of(Cli.withReturns(args)));
  }

  public Child in(Path dir) {
    this.workDir = dir;
    return this;
  }

  public Child env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Whether this JVM runs as root, which reads mode-000 files unless its capabilities are dropped. */
  public static boolean isRoot() {
    try {
      return "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes(),
          StandardCharsets.US_ASCII).trim());
    } catch (IOException e) {
      return false;
    }
  }

  public ProcessBuilder builder(Path log) {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), "org.dangstat.cli.Dangstat"));
    command.addAll(args);
    var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    if (workDir != null) {
      builder.directory(workDir.toFile());
    }
    builder.environment().putAll(env);
    return builder;
  }

  /** Runs to the end (at most two minutes) and returns what it printed. */
  public Result run(Path log) throws IOException, InterruptedException {
    Process p = builder(log).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("dangstat did not finish: " + Files.readString(log));
    }
    return new Result(p.exitValue(), Files.readString(log));
  }
}
