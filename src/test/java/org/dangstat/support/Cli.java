package org.dangstat.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.dangstat.cli.Dangstat;

/** Runs dangstat commands in-process, as the user would type them, capturing what they print. */
public final class Cli {

  public record Result(int exitCode, String out, String err) {}

  private Cli() {}

  public static synchronized Result run(String... args) {
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

  /** A consolidation whose returns folder is {@code <data>/../returns}, not the working directory's. */
  public static Result consolidate(Path inbox, String db, Path data) {
    return run("consolidate", "--inbox", inbox.toString(), "--db", db, "--data", data.toString(),
        "--returns", data.resolveSibling("returns").toString());
  }
}
