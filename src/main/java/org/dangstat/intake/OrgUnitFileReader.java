package org.dangstat.intake;

import java.nio.file.Path;
import java.util.ArrayList;
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
    List<Issue> found = new ArrayList<>();
    FileIssues issues = new FileIssues(found::add);
    List<ColumnDef> columns = ReferenceData.INSTANCE.orgUnitColumns;
    HeaderMatcher header = new HeaderMatcher(columns, OrgUnitRowCheck.CODE, OrgUnitRowCheck.NAME);
    TableReader table = new TableReader(header, OrgUnitRowCheck.CODE, OrgUnitRowCheck.NAME, -1, issues);
    OrgUnitRowCheck rows = new OrgUnitRowCheck(issues);
    List<OrgUnitRow> units = new ArrayList<>();
    TableReader.Outcome outcome = table.read(file, (row, layout) -> {
      OrgUnitRow unit = rows.check(row, layout);
      if (unit != null) {
        units.add(unit);
      }
    });
    if (!units.isEmpty()) {
      new OrgTreeCheck(issues).check(units);
    }
    return new Result(outcome.encoding(), List.copyOf(units), List.copyOf(found));
  }
}
