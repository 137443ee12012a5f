package org.dangstat.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A comma-separated file (RFC 4180 quoting), parsed by a hand-written state machine over a char
 * buffer: commons-csv allocates a record object per line, this reuses one {@link RawRow}. The row
 * number is the record number, which is the row Excel shows (a quoted line break stays in its row).
 */
final class CsvSource implements TableSource {

  private final Path file;
  private String encoding;

  CsvSource(Path file) {
    this.file = file;
  }

  @Override
  public String encoding() {
    return encoding;
  }

  @Override
  public void stream(RowHandler handler) throws IOException {
    encoding = CharsetSniffer.detect(file);
    if (CharsetSniffer.isWide(encoding)) {
      throw new UnsupportedEncodingFileException(encoding);
    }
    Charset cs = CharsetSniffer.GB18030.equals(encoding) ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    try (InputStream in = Files.newInputStream(file); StrictDecoder reader = new StrictDecoder(in, cs)) {
      parse(reader, handler);
    }
  }

  private static void parse(StrictDecoder reader, RowHandler handler) throws IOException {
    char[] buf = new char[1 << 16];
    StringBuilder field = new StringBuilder(64);
    RawRow row = new RawRow();
    int rowNo = 1;
    row.reset(rowNo);
    boolean quoted = false; // inside a quoted field
    boolean afterQuote = false; // a quote seen inside a quoted field: "" or the closing quote
    boolean lastWasCr = false;
    boolean rowHasContent = false;
    boolean first = true;
    long base = 0; // chars of the file before buf[0]
    int line = 0; // physical line of the file, 0-based
    boolean prevCr = false; // the char before was CR, quoted or not
    boolean control = false; // a control character in this row's cells: CellChecks looks closer
    StrictDecoder.Malformed bad = null;
    int n;
    while ((n = reader.read(buf)) > 0) {
      if (bad == null) {
        bad = reader.peekMalformed();
      }
      for (int i = 0; i < n; i++) {
        char c = buf[i];
        if (bad != null && base + i == bad.offset()) {
          row.markMalformed(row.size(), bad.bytes());
          reader.takeMalformed();
          bad = reader.peekMalformed();
        }
        if (c == '\r' || (c == '\n' && !prevCr)) { // the end of a physical line, as the decoder counts
          if (reader.isUtf8Line(line)) {
            row.foreignUtf8 = true;
          }
          line++;
        }
        prevCr = c == '\r';
        if (first) {
          first = false;
          if (c == '\uFEFF') {
            continue; // the BOM, decoded
          }
        }
        if (quoted) {
          if (afterQuote) {
            afterQuote = false;
            if (c == '"') {
              field.append('"');
              continue;
            }
            quoted = false; // the closing quote; c is handled below as unquoted
          } else {
            if (c == '"') {
              afterQuote = true;
            } else {
              control |= c < ' ' || c == 0x7F;
              field.append(c);
            }
            continue;
          }
        }
        if (c == '\n' && lastWasCr) {
          lastWasCr = false;
          continue;
        }
        lastWasCr = c == '\r';
        if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
          rowHasContent = true;
        } else if (c == '\n' || c == '\r') {
          if (rowHasContent || field.length() > 0) {
            row.add(field.toString());
            field.setLength(0);
          }
          row.noControls = !control;
          handler.row(row);
          row.reset(++rowNo);
          rowHasContent = false;
          control = false;
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
          rowHasContent = true;
        } else {
          control |= c < ' ' || c == 0x7F;
          field.append(c);
        }
      }
      base += n;
    }
    if (rowHasContent || field.length() > 0) {
      if (reader.isUtf8Line(line)) {
        row.foreignUtf8 = true;
      }
      row.add(field.toString());
      row.noControls = !control;
      handler.row(row);
    }
  }
}
