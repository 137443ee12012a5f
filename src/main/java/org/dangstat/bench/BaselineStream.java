package org.dangstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The baseline's input, made before the clock starts: every branch file's data rows, converted once
 * to UTF-8 and concatenated into one CSV stream, as an operator would hand it to {@code psql \copy}.
 * Only what COPY itself cannot skip goes (each file's BOM, title rows and header line); the rows'
 * text is left byte for byte as the clerk's program wrote it, re-encoded.
 */
final class BaselineStream {

  private BaselineStream() {}

  /** Writes {@code target}; returns its size in bytes. */
  static long write(List<Path> branchFiles, Path target) throws IOException {
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(target), StandardCharsets.UTF_8),
        1 << 16)) {
      char[] buffer = new char[1 << 14];
      for (Path file : branchFiles) {
        var opened = BaselineFiles.open(file);
        Charset charset = "UTF8".equals(opened.encoding()) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
        char last = '\n';
        try (Reader in = new InputStreamReader(opened.rows(), charset)) {
          for (int n; (n = in.read(buffer)) != -1; ) {
            if (n > 0) {
              out.write(buffer, 0, n);
              last = buffer[n - 1];
            }
          }
        }
        if (last != '\n') {
          out.write('\n'); // a file without a final line break must not glue its last row to the next file's first
        }
      }
    }
    return Files.size(target);
  }
}
