package org.dangstat.indicators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dangstat.core.SubQuotaKeys;

/**
 * The indicator keys of indicators.md, read from the versioned file
 * {@code reference/indicators.csv} ({@code key,label,kind,unit}). Its row order is the order of
 * the indicators in every output.
 */
public final class IndicatorCatalog {

  /** count: a number of people or branches; share: a part of a whole (0..1); ratio: a:1; rate. */
  public enum Kind { COUNT, SHARE, RATIO, RATE }

  public record Entry(String key, String label, Kind kind, String unit) {}

  private static final IndicatorCatalog STANDARD = load();

  private final Map<String, Entry> entries;

  private IndicatorCatalog(Map<String, Entry> entries) {
    this.entries = entries;
  }

  public static IndicatorCatalog standard() {
    return STANDARD;
  }

  /** Keys in file order. */
  public List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  public Set<String> keySet() {
    return entries.keySet();
  }

  /**
   * The keys of a plan's analysis: those of the file, with {@code new_members_<key>} and
   * {@code sub_quota_<key>} of each sub-quota (and of each {@code new_members_<key>} a target names)
   * after {@code quota_completion}.
   */
  public List<String> keys(org.dangstat.plan.Plan plan) {
    List<String> subKeys = subQuotaKeys(plan);
    if (subKeys.isEmpty()) {
      return keys();
    }
    List<String> out = new ArrayList<>();
    for (String key : entries.keySet()) {
      out.add(key);
      if (key.equals("quota_completion")) {
        for (String k : subKeys) {
          out.add(SubQuotaKeys.NEW_MEMBERS_PREFIX + k);
          if (plan.subQuotas().containsKey(k)) {
            out.add(SubQuotaKeys.SUB_QUOTA_PREFIX + k);
          }
        }
      }
    }
    return out;
  }

  /** The sub-quota keys (student, 学校 …) a plan counts new members of; empty without a plan. */
  public static List<String> subQuotaKeys(org.dangstat.plan.Plan plan) {
    if (plan == null) {
      return List.of();
    }
    java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(plan.subQuotas().keySet());
    java.util.function.Consumer<Map<String, org.dangstat.plan.Target>> named = t -> t.keySet().stream()
        .filter(k -> k.startsWith(SubQuotaKeys.NEW_MEMBERS_PREFIX)).map(SubQuotaKeys::keyOf)
        .filter(java.util.Objects::nonNull).forEach(out::add);
    named.accept(plan.targets());
    plan.branchTargets().values().forEach(named);
    return List.copyOf(out);
  }

  public Entry entry(String key) {
    Entry e = entries.get(key);
    if (e == null) {
      String sub = SubQuotaKeys.keyOf(key);
      if (sub != null) {
        return new Entry(key, "其中" + SubQuotaKeys.subject(sub)
            + (key.startsWith(SubQuotaKeys.NEW_MEMBERS_PREFIX) ? "发展党员数" : "计划发展党员数"), Kind.COUNT, "名");
      }
      throw new IllegalArgumentException("unknown indicator: " + key);
    }
    return e;
  }

  public String label(String key) {
    return entry(key).label();
  }

  public Kind kind(String key) {
    return entry(key).kind();
  }

  public boolean isShare(String key) {
    return kind(key) == Kind.SHARE;
  }

  private static IndicatorCatalog load() {
    var in = IndicatorCatalog.class.getResourceAsStream("/reference/indicators.csv");
    if (in == null) {
      throw new IllegalStateException("reference/indicators.csv missing from the classpath");
    }
    Map<String, Entry> out = new LinkedHashMap<>();
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>(r.lines().filter(l -> !l.isBlank()).toList());
      for (String line : lines.subList(1, lines.size())) {
        String[] c = line.split(",", -1);
        out.put(c[0], new Entry(c[0], c[1], Kind.valueOf(c[2].toUpperCase(Locale.ROOT)), c[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IndicatorCatalog(java.util.Collections.unmodifiableMap(out));
  }
}
