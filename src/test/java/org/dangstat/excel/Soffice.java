package org.dangstat.excel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice, headless, when it is installed: converts a file into another format. */
final class Soffice {

  private Soffice() {}

  static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) {
        return true;
      }
    }
    return false;
  }

  /** Converts {@code file} to {@code format} (xlsx, pdf) into {@code outDir}; returns the new file. */
  static Path convert(Path file, String format, Path outDir) throws Exception {
    Path profile = Files.createTempDirectory("lo-profile"); // a private profile: no clash with other runs
    Process p = new ProcessBuilder(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--convert-to", format, "--outdir", outDir.toString(), file.toString()))
        .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("soffice did not finish");
    }
    String name = file.getFileName().toString();
    Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
    if (!Files.exists(out)) {
      throw new IllegalStateException("soffice made no " + out + ": " + Files.readString(outDir.resolve("soffice.log")));
    }
    return out;
  }
}
