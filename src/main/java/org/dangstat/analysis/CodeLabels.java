package org.dangstat.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Chinese labels of the warehouse's codes, from the same versioned reference files the intake
 * reads: the first term listed for a code is its label (研究生 for postgrad, 工人 for worker).
 */
final class CodeLabels {

  private static final Map<String, Map<String, String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  private CodeLabels() {}

  static String education(String code) {
    return label("education.csv", "term", code);
  }

  static String occupation(String code) {
    return label("occupation.csv", "term", code);
  }

  static String leftReason(String code) {
    return label("left-reasons.csv", "term", code);
  }

  static String sex(String code) {
    return "F".equals(code) ? "女" : "男";
  }

  private static String label(String file, String termColumn, String code) {
    return labels(file, termColumn).getOrDefault(code, code);
  }

  static Map<String, String> labels(String file, String termColumn) {
    return CACHE.computeIfAbsent(file, f -> load(f, termColumn));
  }

  private static Map<String, String> load(String file, String termColumn) {
    var in = CodeLabels.class.getResourceAsStream("/reference/" + file);
    try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        labels.putIfAbsent(r.get("code"), r.get(termColumn));
      }
      return labels;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
