package org.dangstat.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises a template's header row: Chinese header or English key, any order, stray spaces
 * (also full-width), BOM remnants, and the asterisk some templates put on required columns.
 */
final class HeaderMatcher {

  private final List<ColumnDef> columns;
  private final Map<String, ColumnDef> byKey = new HashMap<>();
  private final int firstKey;
  private final int secondKey;

  /** @param firstKey,secondKey the two columns whose presence marks the header row */
  HeaderMatcher(List<ColumnDef> columns, int firstKey, int secondKey) {
    this.columns = columns;
    this.firstKey = firstKey;
    this.secondKey = secondKey;
    for (ColumnDef c : columns) {
      byKey.put(normalise(c.label()), c);
      byKey.put(normalise(c.key()), c);
      c.aliases().forEach(a -> byKey.put(normalise(a), c));
    }
  }

  ColumnDef match(String headerText) {
    return byKey.get(normalise(headerText));
  }

  boolean isHeader(RawRow row) {
    boolean first = false;
    boolean second = false;
    for (int i = 0; i < row.size(); i++) {
      ColumnDef c = match(row.text(i));
      if (c != null) {
        first |= c.index() == firstKey;
        second |= c.index() == secondKey;
      }
    }
    return first && second;
  }

  List<ColumnDef> columns() {
    return columns;
  }

  /** The layout of a header row; unknown, duplicate and missing columns reported. */
  ColumnLayout layout(RawRow row, FileIssues issues) {
    ColumnLayout layout = new ColumnLayout(columns.size(), row.rowNo);
    for (int i = 0; i < row.size(); i++) {
      String text = Texts.trim(row.text(i));
      if (text.isEmpty()) {
        continue; // an empty header cell: nothing the clerk meant as a column
      }
      ColumnDef c = match(text);
      if (c == null) {
        issues.add(IssueCatalog.issue("UNKNOWN_COLUMN", row.rowNo, text, null, text));
      } else if (layout.has(c.index())) {
        issues.add(IssueCatalog.issue("DUPLICATE_COLUMN", row.rowNo, c.label(), text,
            c.label(), String.valueOf(layout.cell(c.index()) + 1), String.valueOf(i + 1)));
      } else {
        layout.place(c.index(), i);
      }
    }
    for (ColumnDef c : columns) {
      if (c.required() && !layout.has(c.index())) {
        issues.add(IssueCatalog.issue("MISSING_COLUMN", row.rowNo, c.label(), null, c.label()));
      }
    }
    return layout;
  }

  String keyOf(int column) {
    return columns.get(column).key();
  }

  private static String normalise(String header) {
    String k = Texts.key(header);
    if (k.indexOf('*') >= 0) {
      k = k.replace("*", "");
    }
    return k;
  }
}
