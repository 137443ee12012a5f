package org.dangstat.annual;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The workbook as a committee prints it: LibreOffice makes the PDF, pdftoppm a PNG of a page. */
final class PrintedForm {

  private PrintedForm() {}

  static boolean canPrint() {
    return onPath("soffice");
  }

  static Path pdf(Path xlsx, Path outDir) throws Exception {
    Path profile = Files.createTempDirectory("lo-profile"); // a private profile: no clash with other runs
    run(outDir, "soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
        "--outdir", outDir.toString(), xlsx.toString());
    String name = xlsx.getFileName().toString();
    return outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
  }

  /** Page {@code page} (1-based) as {@code <prefix>.png}, when pdftoppm is installed. */
  static Path png(Path pdf, int page, int dpi, Path prefix) throws Exception {
    if (!onPath("pdftoppm")) {
      return null;
    }
    run(prefix.getParent(), "pdftoppm", "-f", String.valueOf(page), "-l", String.valueOf(page), "-r",
        String.valueOf(dpi), "-png", "-singlefile", pdf.toString(), prefix.toString());
    return Path.of(prefix + ".png");
  }

  private static void run(Path dir, String... command) throws Exception {
    Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
        .redirectOutput(dir.resolve("render.log").toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(command[0] + " did not finish");
    }
  }

  private static boolean onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }
}
