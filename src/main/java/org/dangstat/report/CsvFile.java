package org.dangstat.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way the program writes a CSV file for people: UTF-8 with a BOM (so that Excel and WPS
 * show the Chinese), CRLF line ends, quotes only where needed, and no text cell Excel would run as
 * a formula (submission-format.md §4). Names come from clerks' files and plans, so every text cell
 * is guarded; numbers are not text and are written as they are, a negative one included.
 *
 * <p>Quoting is that of Commons CSV's {@code CSVFormat.EXCEL} (CsvFileTest compares the two on
 * thousands of values), written here directly: a county's annual-report.csv has 800,000 rows, and
 * the general printer took most of a second of them.
 */
public final class CsvFile implements Closeable {

  /** A number already formatted by the caller (e.g. 4 decimals), written as is. */
  public record NumberText(String text) {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    public NumberText {
      if (!text.isEmpty() && !NUMBER.matcher(text).matches()) {
        throw new IllegalArgumentException("not a number: " + text);
      }
    }
  }

  /**
   * Cells rendered once (guarded, quoted, comma-separated) for the many rows that begin with them,
   * e.g. annual-report.csv's table, org code and name before each of a unit's 400 cells. A row given
   * one writes it as it is; it is never the row's first cell's "empty" case, so one of no cells is refused.
   */
  public static final class Cells {
    private final String text;
    private final byte[] utf8; // encoded once: a unit's name starts 400 rows

    private Cells(String text) {
      this.text = text;
      this.utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private final Path file;
  private final Utf8Writer writer;

  private CsvFile(Path file, List<String> header) throws IOException {
    this.file = file;
    this.writer = new Utf8Writer(Files.newOutputStream(file));
    writer.write('\uFEFF');
    record(header.stream().map(CsvFile::guard).toArray());
  }

  /** Creates (or replaces) {@code file} and writes its header row. */
  public static CsvFile create(Path file, List<String> header) {
    try {
      return new CsvFile(file, header);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static CsvFile create(Path file, String... header) {
    return create(file, List.of(header));
  }

  /** {@code values} rendered as {@link #row} would write them, for rows that share them. */
  public static Cells cells(Object... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no cells");
    }
    StringWriter out = new StringWriter();
    try {
      write(out, java.util.Arrays.stream(values).map(CsvFile::cell).toArray(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return new Cells(out.toString());
  }

  /** A preformatted number cell; empty for none. */
  public static NumberText number(String formatted) {
    return new NumberText(formatted);
  }

  /**
   * One row. A {@link String} is text and guarded; an {@link Integer}, a {@link Long} or a
   * {@link NumberText} is a number; null is an empty cell; {@link Cells} are written as rendered.
   */
  public CsvFile row(Object... cells) {
    Object[] out = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = cell(cells[i]);
    }
    try {
      record(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return this;
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * A text Excel would evaluate ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or carriage
   * return that starts one) gets a leading apostrophe, which Excel shows as text. OWASP's
   * CSV-injection advice.
   */
  public static String guard(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    char c = text.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
  }

  private void record(Object[] cells) throws IOException {
    write(writer, cells, true);
  }

  private static void write(Writer writer, Object[] cells, boolean endLine) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        writer.write(',');
      }
      if (cells[i] instanceof Cells rendered) {
        if (writer instanceof Utf8Writer utf8) {
          utf8.writeUtf8(rendered.utf8);
        } else {
          writer.write(rendered.text);
        }
        continue;
      }
      String text = (String) cells[i];
      if (needsQuotes(text, i == 0)) {
        writer.write('"');
        for (int k = 0; k < text.length(); k++) {
          char c = text.charAt(k);
          if (c == '"') {
            writer.write('"');
          }
          writer.write(c);
        }
        writer.write('"');
      } else {
        writer.write(text);
      }
    }
    if (endLine) {
      writer.write("\r\n");
    }
  }

  /**
   * Commons CSV's minimal quoting: an empty first cell (else an empty line would have no cell), a
   * cell starting with a character up to {@code #}, holding a line break, a quote or a comma, or
   * ending in a space or a control character.
   */
  static boolean needsQuotes(String text, boolean first) {
    int len = text.length();
    if (len == 0) {
      return first;
    }
    if (text.charAt(0) <= '#') {
      return true;
    }
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '"' || c == ',') {
        return true;
      }
    }
    return text.charAt(len - 1) <= ' ';
  }

  private static Object cell(Object value) {
    if (value instanceof Cells) {
      return value;
    } else if (value == null) {
      return "";
    } else if (value instanceof String s) {
      return guard(s);
    } else if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    } else if (value instanceof NumberText n) {
      return n.text();
    }
    throw new IllegalArgumentException("not a CSV cell: " + value.getClass().getName());
  }
}
