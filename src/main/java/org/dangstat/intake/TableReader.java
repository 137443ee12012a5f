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
  private final RowIssues rowIssues;

  /**
   * @param keyColumn the column whose note text (填表说明：…) marks a note row: 身份证号 or 组织代码
   * @param maskedColumn the column whose values reports mask (身份证号), or -1
   */
  TableReader(HeaderMatcher header, int keyColumn, int nameColumn, int maskedColumn, FileIssues issues) {
    this.header = header;
    this.keyColumn = keyColumn;
    this.nameColumn = nameColumn;
    this.issues = issues;
    this.rowIssues = new RowIssues(issues, header.columns(), maskedColumn);
  }

  Outcome read(Path file, DataRows rows) {
    TableSource source = TableSource.of(file);
    if (source == null) {
      issues.add(IssueCatalog.fileIssue("UNSUPPORTED_FORMAT", file.getFileName().toString()));
      return new Outcome(null, 0, 0);
    }
    SkippedRows skipped = new SkippedRows(issues);
    int[] counts = new int[3]; // data rows, physical rows, first row above the header with bad bytes
    ColumnLayout[] layout = new ColumnLayout[1];
    CellChecks[] cells = new CellChecks[1];
    try {
      source.stream(row -> {
        counts[1]++;
        if (layout[0] == null) {
          if (header.isHeader(row)) {
            layout[0] = header.layout(row, issues);
            cells[0] = new CellChecks(header.columns(), source.encoding());
          } else if (row.malformedCell >= 0 && counts[2] == 0) {
            counts[2] = row.rowNo;
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
          issues.startRow();
          rowIssues.rowNo = row.rowNo;
          cells[0].check(row, layout[0], rowIssues);
          rows.row(row, layout[0]);
        }
      });
    } catch (TableSource.UnsupportedEncodingFileException e) {
      issues.add(IssueCatalog.fileIssue("ENCODING_UNSUPPORTED", e.encoding));
      return new Outcome(e.encoding, 0, 0);
    } catch (TableSource.UnreadableFileException e) {
      issues.add(ReadFailures.issue(e));
      return new Outcome(source.encoding(), counts[0], skipped.count());
    } catch (IOException e) {
      issues.add(ReadFailures.issue(e));
      return new Outcome(source.encoding(), counts[0], skipped.count());
    }
    skipped.flush();
    if (counts[1] == 0) {
      issues.add(IssueCatalog.fileIssue("EMPTY_FILE"));
    } else if (layout[0] == null && counts[2] > 0) {
      // the header is not found because the bytes are not what the file was detected as
      String charset = source.encoding().startsWith("UTF-8") ? "UTF-8" : source.encoding();
      issues.add(IssueCatalog.issue("ENCODING_INVALID", counts[2], null, null, charset, "", "表头以上或表头"));
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
