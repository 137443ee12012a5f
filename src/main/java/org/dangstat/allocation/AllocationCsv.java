package org.dangstat.allocation;

import java.nio.file.Path;
import java.util.List;
import org.dangstat.report.CsvFile;

/**
 * {@code allocation.csv} (through {@link CsvFile}: BOM, formula-safe): one row per branch by code. {@code activists_needed} = 3 × the 发展对象 left at the end of Y (see
 * {@link BranchQuota}); how many must still be recruited is in the reason.
 */
final class AllocationCsv {

  static final List<String> HEADER = List.of("code", "name", "full_members", "activists",
      "candidates", "capacity", "quota", "activists_needed", "reason");

  private AllocationCsv() {}

  static Path write(Allocation allocation, Path file) {
    try (CsvFile out = CsvFile.create(file, HEADER)) {
      for (BranchQuota b : allocation.branches()) {
        out.row(b.code(), b.name(), b.fullMembers(), b.activists(), b.candidates(), b.capacity(), b.quota(),
            b.activistsNeeded(), b.reason());
      }
    }
    return file;
  }
}
