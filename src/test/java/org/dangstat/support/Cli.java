package org.dangstat.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.cli.Dangstat;

/** Runs dangstat commands in-process, as the user would type them, capturing what they print. */
public final class Cli {

  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  /** Runs one command; a consolidation without {@code --returns} sends its returns to a temporary folder. */
  public static synchronized Result run(String... args) {
    args = withReturns(args);
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Dangstat.execute(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
      oldOut.print(out.toString(StandardCharsets.UTF_8));
      oldErr.print(err.toString(StandardCharsets.UTF_8));
    }
  }

  /**
   * The arguments, with {@code --returns} to a new temporary folder when they are a consolidation
   * without one (for {@link Child} too): the tests run in the checkout, whose {@code out/returns}
   * would be left behind.
   */
  static String[] withReturns(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    if (!all.isEmpty() && all.get(0).equals("consolidate") && !all.contains("--returns")) {
      try {
        all.addAll(List.of("--returns", Files.createTempDirectory("dangstat-returns").toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all.toArray(String[]::new);
  }

  /** A consolidation whose returns folder is {@code <data>/../returns}, not the working directory's. */
  public static Result consolidate(Path inbox, String db, Path data) {
    return run("consolidate", "--inbox", inbox.toString(), "--db", db, "--data", data.toString(),
        "--returns", data.resolveSibling("returns").toString());
  }
}
