package org.dangstat.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangstat.intake.Issue;
import org.dangstat.report.CsvFile;

/**
 * {@code <name>.errors.csv} beside the archived original, one line per problem, through
 * {@link CsvFile} (UTF-8 with BOM, no cell that Excel would run as a formula).
 */
final class ErrorReport {

  static final String[] HEADER = {"文件", "行号", "列", "值", "级别", "代码", "说明"};

  private ErrorReport() {}

  static Path write(Path folder, String fileName, Iterable<Issue> issues) {
    Path target = folder.resolve(fileName + ".errors.csv");
    try {
      Path tmp = Files.createTempFile(folder, ".report", ".tmp");
      try (CsvFile csv = CsvFile.create(tmp, HEADER)) {
        for (Issue i : issues) {
          csv.row(fileName, i.rowNo(), i.column(), i.value(), i.severity().label(), i.code(), i.message());
        }
      }
      Archive.publish(tmp, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
