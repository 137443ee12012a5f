package org.dangstat.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** A file read row by row: CSV (any of the allowed encodings) or XLSX. */
interface TableSource {

  interface RowHandler {
    void row(RawRow row);
  }

  /** UTF-8, UTF-8-BOM, GB18030 or XLSX; known once {@link #stream} has started. */
  String encoding();

  /** Calls the handler for every physical row, in order. Failures to read are {@link UnreadableFileException}. */
  void stream(RowHandler handler) throws IOException;

  /** The source for the file's extension, or null when the format is not supported. */
  static TableSource of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return new CsvSource(file);
    }
    if (name.endsWith(".xlsx")) {
      return new XlsxSource(file);
    }
    return null;
  }

  /** A CSV in an encoding the template does not take (UTF-16/32): named, never read as garbage. */
  final class UnsupportedEncodingFileException extends IOException {
    final String encoding;

    UnsupportedEncodingFileException(String encoding) {
      super(encoding);
      this.encoding = encoding;
    }
  }

  /** The file is not what its name says (corrupt, encrypted, not a zip): a reason for the clerk. */
  final class UnreadableFileException extends RuntimeException {
    /** the issue code, UNREADABLE_FILE unless the reason has its own */
    final String code;

    UnreadableFileException(String reason, Throwable cause) {
      this("UNREADABLE_FILE", reason, cause);
    }

    UnreadableFileException(String code, String reason, Throwable cause) {
      super(reason, cause);
      this.code = code;
    }
  }
}
