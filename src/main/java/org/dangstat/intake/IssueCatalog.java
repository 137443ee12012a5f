package org.dangstat.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The stable English codes of every problem, their severity and their Chinese message templates,
 * read from the versioned file {@code reference/issue-codes.csv} ({@link MessageFormat} patterns).
 */
public final class IssueCatalog {

  private record Entry(Severity severity, String template) {}

  private static final Map<String, Entry> ENTRIES = load();

  private IssueCatalog() {}

  /** An issue with the catalogue's severity and message for {@code code}. */
  public static Issue issue(String code, Integer rowNo, String column, String value, Object... args) {
    Entry entry = Objects.requireNonNull(ENTRIES.get(code), () -> "no such issue code: " + code);
    String message = new MessageFormat(entry.template()).format(args);
    return new Issue(entry.severity(), rowNo, column, value, code, message);
  }

  /** A problem of the whole file. */
  public static Issue fileIssue(String code, Object... args) {
    return issue(code, null, null, null, args);
  }

  public static Map<String, Severity> codes() {
    Map<String, Severity> out = new LinkedHashMap<>();
    ENTRIES.forEach((code, entry) -> out.put(code, entry.severity()));
    return out;
  }

  private static Map<String, Entry> load() {
    var in = IssueCatalog.class.getResourceAsStream("/reference/issue-codes.csv");
    try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        entries.put(r.get("code"), new Entry(Severity.valueOf(r.get("severity").toUpperCase()), r.get("message")));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
