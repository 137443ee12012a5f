package org.dangstat.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small comma-separated tables under {@code /demo/}: lines starting with {@code #} are
 * comments, the first other line is the header. The tables hold no quoted commas, so a plain split
 * is enough and keeps this free of a CSV library.
 */
final class DataFile {

  private DataFile() {}

  /** The data rows (header skipped), each split on commas with trailing blanks kept. */
  static List<String[]> rows(String name) {
    var stream = DataFile.class.getResourceAsStream("/demo/" + name);
    if (stream == null) {
      throw new IllegalStateException("missing resource /demo/" + name);
    }
    var rows = new ArrayList<String[]>();
    try (var in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line; (line = in.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** {@code 1;2;3} as doubles. */
  static double[] weights(String field) {
    String[] parts = field.split(";");
    double[] w = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      w[i] = Double.parseDouble(parts[i].trim());
    }
    return w;
  }
}
