package org.dangstat.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The tree as a whole: exactly one root, every parent exists, no cycles. */
final class OrgTreeCheck {

  private static final List<ColumnDef> COLUMNS = ReferenceData.INSTANCE.orgUnitColumns;

  private final FileIssues fileIssues;
  private final RowIssues issues;

  OrgTreeCheck(FileIssues fileIssues) {
    this.fileIssues = fileIssues;
    this.issues = new RowIssues(fileIssues, COLUMNS, -1);
  }

  void check(List<OrgUnitRow> units) {
    Map<String, OrgUnitRow> byCode = new HashMap<>();
    units.forEach(u -> byCode.putIfAbsent(u.code(), u));
    OrgUnitRow root = null;
    for (OrgUnitRow u : units) {
      issues.rowNo = u.rowNo();
      if (u.parentCode() == null) {
        if (root == null) {
          root = u;
        } else {
          issues.report("ORG_MULTIPLE_ROOTS", OrgUnitRowCheck.PARENT, null, root.code(), String.valueOf(root.rowNo()));
        }
      } else if (!byCode.containsKey(u.parentCode())) {
        issues.report("ORG_PARENT_UNKNOWN", OrgUnitRowCheck.PARENT, u.parentCode(), u.parentCode());
      }
    }
    if (root == null) {
      fileIssues.add(IssueCatalog.fileIssue("ORG_NO_ROOT"));
    }
    reportCycles(units, byCode);
  }

  /** Each cycle once, at the row of its first unit in file order. */
  private void reportCycles(List<OrgUnitRow> units, Map<String, OrgUnitRow> byCode) {
    Set<String> settled = new HashSet<>(); // reaches the root or a dead end
    for (OrgUnitRow start : units) {
      List<String> path = new ArrayList<>();
      Set<String> onPath = new HashSet<>();
      OrgUnitRow u = start;
      while (u != null && !settled.contains(u.code()) && onPath.add(u.code())) {
        path.add(u.code());
        u = u.parentCode() == null ? null : byCode.get(u.parentCode());
      }
      if (u != null && onPath.contains(u.code()) && !settled.contains(u.code())) {
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(u.code()), path.size()));
        cycle.add(u.code());
        issues.rowNo = byCode.get(cycle.get(0)).rowNo();
        issues.report("ORG_CYCLE", OrgUnitRowCheck.PARENT, byCode.get(cycle.get(0)).parentCode(), String.join(" → ", cycle));
      }
      settled.addAll(path);
    }
  }
}
