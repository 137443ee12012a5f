package org.dangstat.integrity;

import java.nio.file.Path;
import java.util.List;
import org.dangstat.report.CsvFile;

/**
 * {@code consistency.csv} (period-checks.md §1), through {@link CsvFile} (BOM, formula-safe), in the order
 * PostgreSQL returned the findings (branch, finding, masked ID), so two runs diff cleanly.
 */
public final class ConsistencyCsv {

  public static final String[] HEADER = {"org_code", "person", "code", "previous_period", "detail"};

  private ConsistencyCsv() {}

  public static void write(List<ConsistencyFinding> findings, Path file) {
    try (CsvFile csv = CsvFile.create(file, HEADER)) {
      for (ConsistencyFinding f : findings) {
        csv.row(f.orgCode(), f.person(), f.code(), f.previousPeriod(), f.detail());
      }
    }
  }
}
