package org.dangstat.indicators;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** The org units as a tree: output order and the branches below each unit. */
final class OrgTree {

  /** @param staffCount 职工人数, null where not given; @param studentCount 学生人数, the same */
  record Org(String code, String name, String parent, String level, boolean twoNew, String category,
      Integer staffCount, Integer studentCount) {
    boolean isBranch() {
      return Orgs.BRANCH.equals(level);
    }
  }

  private final Map<String, Org> byCode = new LinkedHashMap<>();
  private final Map<String, List<Org>> children = new LinkedHashMap<>();
  private final List<Org> order = new ArrayList<>();

  OrgTree(Table orgs) {
    for (int i = 0; i < orgs.rowCount(); i++) {
      Org o = new Org(text(orgs, Orgs.ORG_CODE, i), text(orgs, Orgs.ORG_NAME, i),
          text(orgs, Orgs.PARENT_CODE, i), text(orgs, Orgs.ORG_LEVEL, i), yes(orgs, i),
          optionalText(orgs, Orgs.CATEGORY, i), count(orgs, Orgs.STAFF_COUNT, i), count(orgs, Orgs.STUDENT_COUNT, i));
      if (byCode.put(o.code(), o) != null) {
        throw new IllegalArgumentException("org unit listed twice: " + o.code());
      }
    }
    List<Org> roots = new ArrayList<>();
    for (Org o : byCode.values()) {
      // a parent that is not in the table makes the unit a root rather than losing it
      if (o.parent().isEmpty() || !byCode.containsKey(o.parent())) {
        roots.add(o);
      } else {
        children.computeIfAbsent(o.parent(), k -> new ArrayList<>()).add(o);
      }
    }
    roots.sort(Comparator.comparing(Org::code));
    Set<String> seen = new HashSet<>();
    roots.forEach(r -> walk(r, seen));
    // units on a parent cycle (rejected by intake, but never lose a unit): after the tree
    byCode.values().stream().sorted(Comparator.comparing(Org::code)).forEach(o -> walk(o, seen));
  }

  /** Root first, then depth-first with siblings by code. */
  List<Org> order() {
    return order;
  }

  Org org(String code) {
    return byCode.get(code);
  }

  /** The 党支部 whose figures make up this unit: itself for a branch, else all below it. */
  List<Org> branchesOf(Org org) {
    List<Org> out = new ArrayList<>();
    collect(org, out, new HashSet<>());
    return out;
  }

  private void collect(Org org, List<Org> out, Set<String> seen) {
    if (!seen.add(org.code())) {
      return; // a cycle
    }
    if (org.isBranch()) {
      out.add(org);
      return;
    }
    for (Org c : children.getOrDefault(org.code(), List.of())) {
      collect(c, out, seen);
    }
  }

  private void walk(Org o, Set<String> seen) {
    if (!seen.add(o.code())) {
      return;
    }
    order.add(o);
    List<Org> kids = children.getOrDefault(o.code(), new ArrayList<>());
    kids.sort(Comparator.comparing(Org::code));
    kids.forEach(k -> walk(k, seen));
  }

  private static String text(Table t, String column, int row) {
    if (!t.columnNames().contains(column)) {
      throw new IllegalArgumentException("orgs table lacks column " + column);
    }
    Column<?> c = t.column(column);
    return c.isMissing(row) ? "" : c.getString(row).trim();
  }

  private static String optionalText(Table t, String column, int row) {
    return t.columnNames().contains(column) ? text(t, column, row) : "";
  }

  /** A whole number of an optional column, null where the column or the cell is missing. */
  private static Integer count(Table t, String column, int row) {
    if (!t.columnNames().contains(column) || t.column(column).isMissing(row)) {
      return null;
    }
    return (int) Math.round(((tech.tablesaw.api.NumericColumn<?>) t.column(column)).getDouble(row));
  }

  private static boolean yes(Table t, int row) {
    if (!t.columnNames().contains(Orgs.TWO_NEW)) {
      return false;
    }
    Object v = t.column(Orgs.TWO_NEW).get(row);
    return Boolean.TRUE.equals(v) || (v instanceof String s
        && (s.equalsIgnoreCase("true") || s.equals("是") || s.equalsIgnoreCase("yes")));
  }
}
