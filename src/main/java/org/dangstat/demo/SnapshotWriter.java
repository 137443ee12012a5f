package org.dangstat.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Writes one branch file row by row, so even a million rows never sit in memory together. */
interface SnapshotWriter extends Closeable {

  /** One person's values, as {@link Columns#values} made them. */
  void row(Object[] values) throws IOException;

  /** Opens the file and writes what comes before the data: a title row if the style has one, the header. */
  static SnapshotWriter open(Path file, FileStyle style, String title) throws IOException {
    return style.format() == FileStyle.Format.XLSX
        ? new XlsxSnapshotWriter(file, style, title)
        : new CsvSnapshotWriter(file, style, title);
  }
}
