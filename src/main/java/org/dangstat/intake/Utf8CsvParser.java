package org.dangstat.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The CSV state machine of {@link CsvSource}, over the bytes of a file already known to be
 * well-formed UTF-8: every byte that delimits (comma, quote, CR, LF) is ASCII and never part of a
 * multi-byte character, so a cell's bytes can be cut first and made a string once, without
 * decoding the file into chars and copying them char by char into a builder (a third of a
 * consolidation worker's time). Same rows, cells and flags as the char parser, byte for byte
 * (Utf8CsvParserTest compares the two on random files). A cell whose bytes are not well-formed
 * UTF-8 stops it before its row is handed out: the char parser takes over from that row's first
 * byte and says which cell has the bad bytes, as it always has. Nothing is read twice otherwise.
 */
final class Utf8CsvParser {

  /** Where the char parser takes over: the first byte of a row, its number, and whether a CR came just before. */
  record Resume(long offset, int rowNo, boolean afterCr) {

    static final Resume START = new Resume(0, 1, false);
  }

  /** The bytes the state machine looks at: delimiters, quotes, line breaks and controls; all others are cell text. */
  private static final boolean[] SPECIAL = new boolean[256];

  static {
    for (int b = 0; b < ' '; b++) {
      SPECIAL[b] = true;
    }
    SPECIAL[','] = true;
    SPECIAL['"'] = true;
    SPECIAL[0x7F] = true;
  }

  private final TableSource.RowHandler handler;
  private byte[] field = new byte[256];
  private int length; // bytes of the current cell
  private final RawRow row = new RawRow();
  private final CellStrings strings = new CellStrings();
  private int rowNo = 1;
  private boolean quoted; // inside a quoted field
  private boolean afterQuote; // a quote seen inside a quoted field: "" or the closing quote
  private boolean lastWasCr;
  private boolean rowHasContent;
  private boolean control; // a control character in this row's cells: CellChecks looks closer
  private long base; // bytes of the file before the buffer's first
  private long rowStart; // the file's offset of the current row's first byte
  private boolean rowAfterCr;

  private Utf8CsvParser(TableSource.RowHandler handler) {
    this.handler = handler;
    row.reset(rowNo);
  }

  /** Hands out every row; null at the end of the file, or the row from which the bytes are not well-formed. */
  static Resume parse(InputStream in, TableSource.RowHandler handler, int bufferSize) throws IOException {
    byte[] buf = new byte[Math.max(3, bufferSize)];
    byte[] head = in.readNBytes(3);
    boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
    int kept = bom ? 0 : head.length; // a U+FEFF further on is text
    System.arraycopy(head, 0, buf, 0, kept);
    Utf8CsvParser parser = new Utf8CsvParser(handler);
    parser.base = bom ? 3 : 0;
    for (int n = kept + in.readNBytes(buf, kept, buf.length - kept); n > 0; n = in.readNBytes(buf, 0, buf.length)) {
      // one call a buffer: the loop is compiled as a method, not replaced on the stack once for a
      // county's whole file (that on-stack version made a one-file load no faster than the char parser)
      if (!parser.cut(buf, n)) {
        return parser.resume();
      }
    }
    return parser.end() ? null : parser.resume();
  }

  private Resume resume() {
    return new Resume(rowStart, rowNo, rowAfterCr);
  }

  /** The rows of {@code buf[0, n)}; false at a cell that is not well-formed (its row not handed out). */
  private boolean cut(byte[] buf, int n) {
    String cell;
    for (int i = 0; i < n; i++) {
      byte c = buf[i];
      if (quoted) {
        if (afterQuote) {
          afterQuote = false;
          if (c == '"') {
            field = append(field, length++, c);
            continue;
          }
          quoted = false; // the closing quote; c is handled below as unquoted
        } else {
          if (c == '"') {
            afterQuote = true;
          } else {
            control |= c >= 0 && (c < ' ' || c == 0x7F);
            field = append(field, length++, c);
          }
          continue;
        }
      }
      if (!SPECIAL[c & 0xFF]) { // a run of ordinary bytes, as most of a cell is: copied at once
        int end = i + 1;
        while (end < n && !SPECIAL[buf[end] & 0xFF]) {
          end++;
        }
        field = append(field, length, buf, i, end);
        length += end - i;
        lastWasCr = false;
        i = end - 1;
        continue;
      }
      if (c == '\n' && lastWasCr) {
        lastWasCr = false;
        continue;
      }
      lastWasCr = c == '\r';
      if (c == ',') {
        if ((cell = text(field, length)) == null) {
          return false;
        }
        row.add(cell);
        length = 0;
        rowHasContent = true;
      } else if (c == '\n' || c == '\r') {
        if (rowHasContent || length > 0) {
          if ((cell = text(field, length)) == null) {
            return false;
          }
          row.add(cell);
          length = 0;
        }
        row.noControls = !control;
        handler.row(row);
        row.reset(++rowNo);
        rowHasContent = false;
        control = false;
        rowStart = base + i + 1;
        rowAfterCr = lastWasCr;
      } else if (c == '"' && length == 0) {
        quoted = true;
        rowHasContent = true;
      } else {
        control |= c >= 0 && (c < ' ' || c == 0x7F);
        field = append(field, length++, c);
      }
    }
    base += n;
    return true;
  }

  /** The last row, when the file does not end with a line break; false when it is not well-formed. */
  private boolean end() {
    if (rowHasContent || length > 0) {
      String cell = text(field, length);
      if (cell == null) {
        return false;
      }
      row.add(cell);
      row.noControls = !control;
      handler.row(row);
    }
    return true;
  }

  private static byte[] append(byte[] field, int at, byte[] from, int start, int end) {
    if (at + end - start > field.length) {
      field = Arrays.copyOf(field, Math.max(field.length * 2, at + end - start));
    }
    System.arraycopy(from, start, field, at, end - start);
    return field;
  }

  private static byte[] append(byte[] field, int at, byte c) {
    if (at == field.length) {
      field = Arrays.copyOf(field, field.length * 2);
    }
    field[at] = c;
    return field;
  }

  /**
   * The cell's text; null when its bytes are not well-formed. Java replaces a bad sequence with
   * U+FFFD, so only a cell with one (a Latin-1 string never has) needs the exact check.
   */
  private String text(byte[] field, int length) {
    if (length == 0) {
      return "";
    }
    int column = row.size();
    String s = strings.find(column, field, length);
    if (s != null) {
      return s;
    }
    s = new String(field, 0, length, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0 && !Utf8Validator.wellFormed(field, 0, length)) {
      return null;
    }
    strings.remember(column, field, length, s);
    return s;
  }
}
