package org.dangstat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one way a workbook reaches the disk. Every XLSX of the program is built with {@link Styles},
 * laid out for print with {@link PrintLayout} (tables through {@link SheetWriter}) and saved here.
 */
public final class Workbooks {

  private Workbooks() {}

  /** Writes through a temporary file and a move, so a reader never sees half a workbook. */
  public static Path save(Workbook wb, Path file) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        wb.write(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      if (wb instanceof SXSSFWorkbook streaming) {
        streaming.dispose(); // its temporary sheet files
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
