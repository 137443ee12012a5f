package org.dangstat.annual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The org tree in the order of every output (root first, then depth first with siblings by code,
 * as indicators.csv), and the roll-up of the tables: a unit's cells are its children's added up,
 * each unit visited once, so the people are never read again per unit.
 */
final class UnitTree {

  private final Map<String, OrgUnit> byCode = new LinkedHashMap<>();
  private final Map<String, List<OrgUnit>> children = new LinkedHashMap<>();
  private final List<OrgUnit> order = new ArrayList<>();

  UnitTree(List<OrgUnit> units) {
    units.forEach(u -> byCode.put(u.code(), u));
    List<OrgUnit> roots = new ArrayList<>();
    for (OrgUnit u : byCode.values()) {
      if (u.parentCode() == null || u.parentCode().isBlank() || !byCode.containsKey(u.parentCode())) {
        roots.add(u);
      } else {
        children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
      }
    }
    children.values().forEach(c -> c.sort(Comparator.comparing(OrgUnit::code)));
    roots.sort(Comparator.comparing(OrgUnit::code));
    Set<String> seen = new HashSet<>();
    roots.forEach(r -> walk(r, seen));
    byCode.values().stream().sorted(Comparator.comparing(OrgUnit::code)).forEach(u -> walk(u, seen));
  }

  List<OrgUnit> order() {
    return order;
  }

  /**
   * Every unit's grid: a branch's own (null without a snapshot), above it the sum of the children
   * that have one, null where none below has one (cannot be computed, not 0).
   */
  Map<String, Grid> rollUp(Map<String, Grid> branches, AnnualLayout layout) {
    Map<String, Grid> out = new LinkedHashMap<>();
    for (int i = order.size() - 1; i >= 0; i--) { // children come after their parent in order
      OrgUnit u = order.get(i);
      Grid grid = null;
      if (u.isBranch()) {
        grid = branches.get(u.code());
      } else {
        for (OrgUnit c : children.getOrDefault(u.code(), List.of())) {
          Grid child = out.get(c.code());
          if (child != null) {
            if (grid == null) {
              grid = Grid.zeros(layout);
            }
            grid.addAll(child);
          }
        }
      }
      out.put(u.code(), grid);
    }
    return out;
  }

  private void walk(OrgUnit u, Set<String> seen) {
    if (!seen.add(u.code())) {
      return;
    }
    order.add(u);
    children.getOrDefault(u.code(), List.of()).forEach(c -> walk(c, seen));
  }
}
