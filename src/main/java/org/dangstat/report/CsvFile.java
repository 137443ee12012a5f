package org.dangstat.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the program writes a CSV file for people: UTF-8 with a BOM (so that Excel and WPS
 * show the Chinese), CRLF line ends, quotes only where needed, and no text cell Excel would run as
 * a formula (submission-format.md §4). Names come from clerks' files and plans, so every text cell
 * is guarded; numbers are not text and are written as they are, a negative one included.
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

  private final Path file;
  private final Writer writer;
  private final CSVPrinter printer;

  private CsvFile(Path file, List<String> header) throws IOException {
    this.file = file;
    this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
    printer.printRecord(header.stream().map(CsvFile::guard).toList());
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

  /** A preformatted number cell; empty for none. */
  public static NumberText number(String formatted) {
    return new NumberText(formatted);
  }

  /**
   * One row. A {@link String} is text and guarded; an {@link Integer}, a {@link Long} or a
   * {@link NumberText} is a number; null is an empty cell.
   */
  public CsvFile row(Object... cells) {
    Object[] out = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = cell(cells[i]);
    }
    try {
      printer.printRecord(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return this;
  }

  @Override
  public void close() {
    try {
      printer.close(true);
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

  private static Object cell(Object value) {
    if (value == null) {
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
