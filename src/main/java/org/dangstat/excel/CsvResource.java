package org.dangstat.excel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a headed CSV resource (UTF-8, a BOM tolerated) into maps by header. */
final class CsvResource {

  private CsvResource() {}

  static List<Map<String, String>> resource(String name) {
    var in = CsvResource.class.getResourceAsStream(name);
    try (Reader r = new InputStreamReader(Objects.requireNonNull(in, name), StandardCharsets.UTF_8)) {
      return parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Map<String, String>> parse(Reader reader) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = reader.read(buf)) > 0; ) {
      all.append(buf, 0, n);
    }
    if (all.length() > 0 && all.charAt(0) == '\uFEFF') {
      all.deleteCharAt(0); // the BOM our CSV files carry for Excel
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord r : format.parse(new java.io.StringReader(all.toString()))) {
      rows.add(r.toMap());
    }
    return rows;
  }
}
