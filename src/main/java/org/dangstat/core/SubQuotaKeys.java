package org.dangstat.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sub-quota of the plan (其中…, plan-format.md {@code sub_quotas}) may name: an occupation
 * code of 表2 ({@code student}, {@code worker} …, reference/occupation.csv) or an org category as
 * written in orgunits ({@code 学校}, reference/org-categories.csv). The indicators of a sub-quota
 * are {@code new_members_<key>} and {@code sub_quota_<key>} (indicators.md).
 */
public final class SubQuotaKeys {

  /** Whose new members a sub-quota counts. */
  public enum Kind { OCCUPATION, CATEGORY }

  public static final String NEW_MEMBERS_PREFIX = "new_members_";
  public static final String SUB_QUOTA_PREFIX = "sub_quota_";

  /** key → label, occupations first (the first term of each code), then the categories. */
  private static final Map<String, String> LABELS = new LinkedHashMap<>();
  private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

  static {
    for (String[] row : rows("/reference/occupation.csv")) {
      if (!KINDS.containsKey(row[1])) {
        KINDS.put(row[1], Kind.OCCUPATION);
        LABELS.put(row[1], row[0]);
      }
    }
    for (String[] row : rows("/reference/org-categories.csv")) {
      KINDS.put(row[0], Kind.CATEGORY);
      LABELS.put(row[0], row[0]);
    }
  }

  private SubQuotaKeys() {}

  /** The occupation codes, in file order. */
  public static List<String> occupations() {
    return KINDS.entrySet().stream().filter(e -> e.getValue() == Kind.OCCUPATION).map(Map.Entry::getKey).toList();
  }

  /** Every key a sub-quota may name, in file order. */
  public static List<String> all() {
    return List.copyOf(KINDS.keySet());
  }

  public static boolean isKey(String key) {
    return KINDS.containsKey(key);
  }

  /** OCCUPATION or CATEGORY; null for a key that is neither. */
  public static Kind kind(String key) {
    return KINDS.get(key);
  }

  /** 学生, 农牧渔民, 学校 …; the key itself when unknown. */
  public static String label(String key) {
    return LABELS.getOrDefault(key, key);
  }

  /** How a sentence names the people: 学生 for an occupation, 学校党支部 for a category. */
  public static String subject(String key) {
    return kind(key) == Kind.CATEGORY ? label(key) + "类党支部" : label(key);
  }

  /** The sub-quota key of {@code new_members_<key>} or {@code sub_quota_<key>}, else null. */
  public static String keyOf(String indicator) {
    for (String prefix : List.of(NEW_MEMBERS_PREFIX, SUB_QUOTA_PREFIX)) {
      if (indicator.startsWith(prefix) && isKey(indicator.substring(prefix.length()))) {
        return indicator.substring(prefix.length());
      }
    }
    return null;
  }

  private static List<String[]> rows(String resource) {
    var in = SubQuotaKeys.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " missing from the classpath");
    }
    List<String[]> out = new ArrayList<>();
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split(",", -1))
          .forEach(out::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableList(out);
  }
}
