package org.dangstat.consolidation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dangstat.intake.Issue;

/**
 * {@code <name>.errors.csv} beside the archived original: UTF-8 with BOM so that Excel shows the
 * Chinese, one line per problem, and no cell that Excel would run as a formula.
 */
final class ErrorReport {

  static final String[] HEADER = {"文件", "行号", "列", "值", "级别", "代码", "说明"};

  private ErrorReport() {}

  static Path write(Path folder, String fileName, Iterable<Issue> issues) {
    Path target = folder.resolve(fileName + ".errors.csv");
    try {
      Path tmp = Files.createTempFile(folder, ".report", ".tmp");
      try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
          CSVPrinter csv = new CSVPrinter(w, CSVFormat.EXCEL)) {
        w.write('\uFEFF');
        csv.printRecord((Object[]) HEADER);
        for (Issue i : issues) {
          csv.printRecord(safe(fileName), i.rowNo() == null ? "" : i.rowNo(), safe(i.column()),
              safe(i.value()), i.severity().label(), i.code(), safe(i.message()));
        }
      }
      Archive.publish(tmp, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A cell Excel would evaluate (=, +, -, @, or a tab/CR that starts one) is prefixed with an
   * apostrophe, which Excel shows as text. OWASP's CSV-injection advice.
   */
  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }
}
