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
 * A well-formed UTF-8 file, the usual case, is cut as bytes by the same machine ({@link Utf8CsvParser}).
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
    if (CharsetSniffer.GB18030.equals(encoding)) {
      try (InputStream in = Files.newInputStream(file); StrictDecoder reader = new StrictDecoder(in, Charset.forName("GB18030"))) {
        parse(reader, handler, Utf8CsvParser.Resume.START);
      }
    } else {
      streamUtf8(() -> Files.newInputStream(file), handler);
    }
  }

  /** Opens the file from its first byte. */
  interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * UTF-8 is cut as bytes; from a row with bytes that are not well-formed on, the char parser
   * reads the rest (and says which cell has them), as it would have read the whole file.
   */
  static void streamUtf8(Opener file, RowHandler handler) throws IOException {
    streamUtf8(file, handler, 1 << 16);
  }

  static void streamUtf8(Opener file, RowHandler handler, int bufferSize) throws IOException {
    Utf8CsvParser.Resume resume;
    try (InputStream in = file.open()) {
      resume = Utf8CsvParser.parse(in, handler, bufferSize);
    }
    if (resume != null) {
      try (InputStream in = file.open()) {
        in.skipNBytes(resume.offset());
        parse(new StrictDecoder(in, StandardCharsets.UTF_8), handler, resume);
      }
    }
  }

  /**
   * The char parser, for GB18030 and for UTF-8 with bad bytes: their rows say which cell has them.
   * It reads from the start of the file or, after {@link Utf8CsvParser}, from the start of a row.
   */
  static void parse(StrictDecoder reader, RowHandler handler, Utf8CsvParser.Resume from) throws IOException {
    char[] buf = new char[1 << 16];
    StringBuilder field = new StringBuilder(64);
    RawRow row = new RawRow();
    int rowNo = from.rowNo();
    row.reset(rowNo);
    boolean quoted = false; // inside a quoted field
    boolean afterQuote = false; // a quote seen inside a quoted field: "" or the closing quote
    boolean lastWasCr = from.afterCr();
    boolean rowHasContent = false;
    boolean first = from.offset() == 0; // a BOM can only be the file's first char
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
