package org.dangstat.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CSV as Excel saves it: UTF-8 with a BOM ("CSV UTF-8") or GB18030 (plain "CSV" on a Chinese
 * Windows), CRLF line ends, a title row padded with commas to the header's width.
 */
final class CsvSnapshotWriter implements SnapshotWriter {

  static final Charset GB18030 = Charset.forName("GB18030");

  private final BufferedWriter out;
  private final StringBuilder line = new StringBuilder(256);

  CsvSnapshotWriter(Path file, FileStyle style, String title) throws IOException {
    boolean gb = style.format() == FileStyle.Format.CSV_GB18030;
    out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
        gb ? GB18030 : StandardCharsets.UTF_8), 1 << 16);
    if (!gb) {
      out.write('\uFEFF');
    }
    List<String> header = Columns.header(style);
    if (style.titleRow()) {
      out.write(title + ",".repeat(header.size() - 1) + "\r\n");
    }
    row(header.toArray());
  }

  /** Plain CSV lines with the BOM, for orgunits.csv. */
  static void writeUtf8(Path file, List<List<String>> rows) throws IOException {
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      for (List<String> r : rows) {
        var sb = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
          appendCell(sb.append(i == 0 ? "" : ","), r.get(i));
        }
        out.write(sb.append("\r\n").toString());
      }
    }
  }

  @Override
  public void row(Object[] values) throws IOException {
    line.setLength(0);
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        line.append(',');
      }
      appendCell(line, String.valueOf(values[i]));
    }
    line.append("\r\n");
    out.append(line);
  }

  private static void appendCell(StringBuilder sb, String v) {
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0) {
      sb.append(v);
    } else {
      sb.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
