package org.dangstat.integrity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dangstat.core.Stage;

/**
 * The Chinese words the findings are written in, from the reference files the intake reads: column
 * labels (入党日期 for probation_on), stages, leaving reasons.
 */
final class Labels {

  private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();

  private Labels() {}

  static String column(String key) {
    return "stage".equals(key) ? "发展阶段" : of("branch-columns.csv", "key", "label").getOrDefault(key, key);
  }

  static String stage(String code) {
    return code == null ? "" : Stage.fromCode(code).map(Stage::label).orElse(code);
  }

  /** 党员 for 预备/正式党员, the stage's name otherwise (the sentences' "党员张某"). */
  static String role(String stage) {
    return Stage.isMember(stage) ? "党员" : stage(stage);
  }

  static String leftReason(String code) {
    return code == null ? "原因未填" : of("left-reasons.csv", "code", "term").getOrDefault(code, code);
  }

  static String finding(String code) {
    return of("consistency-codes.csv", "code", "label").getOrDefault(code, code);
  }

  static String sex(String code) {
    return "F".equals(code) ? "女" : "M".equals(code) ? "男" : code;
  }

  private static Map<String, String> of(String file, String keyColumn, String labelColumn) {
    return CACHE.computeIfAbsent(file + '|' + keyColumn, f -> load(file, keyColumn, labelColumn));
  }

  private static Map<String, String> load(String file, String keyColumn, String labelColumn) {
    var in = Labels.class.getResourceAsStream("/reference/" + file);
    try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8))) {
      Map<String, String> labels = new LinkedHashMap<>();
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        labels.putIfAbsent(r.get(keyColumn), r.get(labelColumn));
      }
      return labels;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
