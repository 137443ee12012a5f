package org.dangstat.intake;

import java.nio.file.Path;
import java.util.List;

/** Reads and checks the {@code orgunits} file (CSV or XLSX): columns, levels, one root, no cycles. */
public final class OrgUnitFileReader {

  /** The units, and every problem; the tree is usable only when no issue is an error. */
  public record Result(String encoding, List<OrgUnitRow> units, List<Issue> issues) {
    public boolean hasErrors() {
      return issues.stream().anyMatch(Issue::isError);
    }
  }

  public Result read(Path file) {
    throw new UnsupportedOperationException("to be written");
  }
}
