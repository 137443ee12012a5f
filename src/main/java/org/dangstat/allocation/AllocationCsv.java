package org.dangstat.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code allocation.csv}: UTF-8 with BOM so Excel/WPS shows the Chinese, one row per branch by
 * code, and no cell Excel would run as a formula (a leading = + - @ gets a quote, as in
 * compliance.csv). {@code activists_needed} = 3 × the 发展对象 left at the end of Y (see
 * {@link BranchQuota}); how many must still be recruited is in the reason.
 */
final class AllocationCsv {

  static final List<String> HEADER = List.of("code", "name", "full_members", "activists",
      "candidates", "capacity", "quota", "activists_needed", "reason");

  private AllocationCsv() {}

  static Path write(Allocation allocation, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      try (CSVPrinter out = new CSVPrinter(w, CSVFormat.EXCEL)) {
        out.printRecord(HEADER);
        for (BranchQuota b : allocation.branches()) {
          out.printRecord(safe(b.code()), safe(b.name()), b.fullMembers(), b.activists(),
              b.candidates(), b.capacity(), b.quota(), b.activistsNeeded(), safe(b.reason()));
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
  }
}
