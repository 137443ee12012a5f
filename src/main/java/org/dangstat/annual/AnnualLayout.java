package org.dangstat.annual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five tables of annual-report.md as the committee's form lays them out: their titles, row
 * and column keys, Chinese headers and the group a column stands under (年龄, 学历, 本年增加…),
 * read from the versioned file {@code reference/annual-tables.csv}. File order is print order.
 */
public final class AnnualLayout {

  /** A row or column: its key of annual-report.md, its header and its group ("" for none). */
  public record Line(String key, String label, String group) {}

  /** One table; a cell is addressed by {@code row * columns.size() + column}. */
  public record Table(int index, String key, String title, List<Line> rows, List<Line> columns,
      Map<String, Integer> rowIndex, Map<String, Integer> columnIndex) {

    public Table(int index, String key, String title, List<Line> rows, List<Line> columns) {
      // the cells of every org unit are addressed by key: a lookup, not a walk along the lines
      this(index, key, title, rows, columns, positions(rows), positions(columns));
    }

    public int cells() {
      return rows.size() * columns.size();
    }

    public int row(String key) {
      return indexOf(rowIndex, key);
    }

    public int column(String key) {
      return indexOf(columnIndex, key);
    }

    public boolean hasRow(String key) {
      return rowIndex.containsKey(key);
    }

    public int cell(String row, String column) {
      return row(row) * columns.size() + column(column);
    }

    /** The table has one data row (表1, 表4): the per-unit sheet lists every org unit. */
    public boolean singleRow() {
      return rows.size() == 1;
    }

    private static int indexOf(Map<String, Integer> positions, String key) {
      Integer i = positions.get(key);
      if (i == null) {
        throw new IllegalArgumentException("no line " + key);
      }
      return i;
    }

    private static Map<String, Integer> positions(List<Line> lines) {
      Map<String, Integer> positions = new java.util.HashMap<>();
      for (int i = 0; i < lines.size(); i++) {
        positions.putIfAbsent(lines.get(i).key(), i);
      }
      return Map.copyOf(positions);
    }
  }

  public static final String T1 = "t1";
  public static final String T2 = "t2";
  public static final String T3 = "t3";
  public static final String T4 = "t4";
  public static final String T5 = "t5";
  public static final String TOTAL = "total";

  private static final AnnualLayout STANDARD = load();

  private final List<Table> tables;

  private AnnualLayout(List<Table> tables) {
    this.tables = tables;
  }

  public static AnnualLayout standard() {
    return STANDARD;
  }

  public List<Table> tables() {
    return tables;
  }

  public Table table(String key) {
    return tables.stream().filter(t -> t.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + key));
  }

  private static AnnualLayout load() {
    record Draft(String title, List<Line> rows, List<Line> columns) {}
    Map<String, Draft> drafts = new LinkedHashMap<>();
    var in = AnnualLayout.class.getResourceAsStream("/reference/annual-tables.csv");
    if (in == null) {
      throw new IllegalStateException("reference/annual-tables.csv missing from the classpath");
    }
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = r.lines().filter(l -> !l.isBlank()).toList();
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",", -1);
        Draft d = drafts.computeIfAbsent(c[0], k -> new Draft(c[3], new ArrayList<>(), new ArrayList<>()));
        switch (c[1]) {
          case "title" -> { }
          case "row" -> d.rows().add(new Line(c[2], c[3], c[4]));
          case "column" -> d.columns().add(new Line(c[2], c[3], c[4]));
          default -> throw new IllegalStateException("annual-tables.csv: unknown part " + c[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Table> tables = new ArrayList<>();
    drafts.forEach((key, d) -> tables.add(new Table(tables.size(), key, d.title(), List.copyOf(d.rows()),
        List.copyOf(d.columns()))));
    return new AnnualLayout(List.copyOf(tables));
  }
}
