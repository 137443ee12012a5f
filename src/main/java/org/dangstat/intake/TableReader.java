package org.dangstat.intake;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Drives one file of a template: skips title rows above the header, finds the columns, skips and
 * lists blank and note rows, and hands every data row to the template's validator. Shared by the
 * branch snapshot and the orgunits file.
 */
final class TableReader {

  interface DataRows {
    void row(RawRow row, ColumnLayout layout);
  }

  /** What the reading came to, for {@link ReadSummary}. */
  record Outcome(String encoding, int dataRows, int skippedRows) {}

  private final HeaderMatcher header;
  private final int keyColumn;
  private final int nameColumn;
  private final FileIssues issues;

  /** @param keyColumn the column whose note text (填表说明：…) marks a note row: 身份证号 or 组织代码 */
  TableReader(HeaderMatcher header, int keyColumn, int nameColumn, FileIssues issues) {
    this.header = header;
    this.keyColumn = keyColumn;
    this.nameColumn = nameColumn;
    this.issues = issues;
  }

  Outcome read(Path file, DataRows rows) {
    TableSource source = TableSource.of(file);
    if (source == null) {
      issues.add(IssueCatalog.fileIssue("UNSUPPORTED_FORMAT", file.getFileName().toString()));
      return new Outcome(null, 0, 0);
    }
    SkippedRows skipped = new SkippedRows(issues);
    int[] counts = new int[2]; // data rows, physical rows
    ColumnLayout[] layout = new ColumnLayout[1];
    try {
      source.stream(row -> {
        counts[1]++;
        if (layout[0] == null) {
          if (header.isHeader(row)) {
            layout[0] = header.layout(row, issues);
          }
          return;
        }
        if (row.isBlank()) {
          skipped.blank(row.rowNo);
        } else if (isNote(row, layout[0])) {
          skipped.note(row.rowNo, firstText(row));
        } else {
          skipped.flush();
          counts[0]++;
          rows.row(row, layout[0]);
        }
      });
    } catch (TableSource.UnreadableFileException e) {
      issues.add(IssueCatalog.fileIssue("UNREADABLE_FILE", e.getMessage()));
      return new Outcome(source.encoding(), counts[0], skipped.count());
    } catch (IOException e) {
      issues.add(IssueCatalog.fileIssue("UNREADABLE_FILE", e.getMessage()));
      return new Outcome(source.encoding(), counts[0], skipped.count());
    }
    skipped.flush();
    if (counts[1] == 0) {
      issues.add(IssueCatalog.fileIssue("EMPTY_FILE"));
    } else if (layout[0] == null) {
      issues.add(IssueCatalog.fileIssue("NO_HEADER", header.keyOf(keyColumn), header.keyOf(nameColumn)));
    } else if (counts[0] == 0) {
      issues.add(IssueCatalog.fileIssue("EMPTY_FILE"));
    }
    return new Outcome(source.encoding(), counts[0], skipped.count());
  }

  /**
   * A note row: its key cell holds Chinese text (填表说明：…), or it has no key and no name and a
   * single cell of Chinese text (a merged note starting in another column).
   */
  private boolean isNote(RawRow row, ColumnLayout layout) {
    String key = layout.text(row, keyColumn);
    if (!key.isEmpty()) {
      return Texts.hasCjk(key);
    }
    return layout.text(row, nameColumn).isEmpty() && row.nonBlankCount() == 1 && Texts.hasCjk(firstText(row));
  }

  private static String firstText(RawRow row) {
    for (int i = 0; i < row.size(); i++) {
      String t = Texts.trim(row.text(i));
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }
}
