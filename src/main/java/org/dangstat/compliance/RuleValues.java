package org.dangstat.compliance;

import java.util.LinkedHashMap;
import java.util.Map;

/** Type checks of one file's values, the per-key merge, and the final completeness check. */
final class RuleValues {

  private RuleValues() {}

  static Map<String, Object> checkedTop(RulesYaml y) {
    Map<String, Object> top = new LinkedHashMap<>();
    if (y.top.containsKey("version")) {
      top.put("version", String.valueOf(y.top.get("version")));
    }
    if (y.top.containsKey("source")) {
      top.put("source", String.valueOf(y.top.get("source")));
    }
    if (y.top.containsKey("applies_from")) {
      top.put("applies_from", y.appliesFrom());
    }
    return top;
  }

  /** One rule entry of one file, with its values checked; messages name that file. */
  static Map<String, Object> checked(RulesYaml y, RuleCode c, Map<String, Object> f) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (var e : f.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      switch (key) {
        case "code" -> { }
        case "title", "source_text" -> out.put(key, String.valueOf(v));
        case "severity" -> {
          if (!Rule.VIOLATION.equals(v) && !Rule.WARNING.equals(v)) {
            throw y.error("rule " + c + ": severity must be violation or warning, got '" + v + "'");
          }
          out.put(key, v);
        }
        case "enabled" -> {
          if (!(v instanceof Boolean)) {
            throw y.error("rule " + c + ": enabled must be true or false, got '" + v + "'");
          }
          out.put(key, v);
        }
        case "params" -> out.put(key, params(y, c, v));
        default -> throw new IllegalStateException(key); // RulesYaml let an unknown key through
      }
    }
    return out;
  }

  private static Map<String, Integer> params(RulesYaml y, RuleCode c, Object v) {
    if (v == null) {
      return Map.of();
    }
    if (!(v instanceof Map<?, ?> map)) {
      throw y.error("rule " + c + ": params must be a mapping like {min: 1, max: 2}");
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    map.forEach((k, val) -> {
      String name = String.valueOf(k);
      if (!c.params().contains(name)) {
        throw y.error("rule " + c + ": unknown param '" + name + "' (allowed: "
            + (c.params().isEmpty() ? "none" : String.join(", ", c.params())) + ")");
      }
      if (!(val instanceof Integer i) || i < 0) {
        throw y.error("rule " + c + ": param " + name + " must be a whole number ≥ 0, got '" + val + "'");
      }
      out.put(name, i);
    });
    return out;
  }

  /** Later keys win; params are merged name by name so an override may change just one. */
  @SuppressWarnings("unchecked")
  static void mergeInto(Map<String, Object> into, Map<String, Object> over) {
    over.forEach((k, v) -> {
      if ("params".equals(k) && into.get(k) instanceof Map<?, ?> old) {
        Map<String, Integer> merged = new LinkedHashMap<>((Map<String, Integer>) old);
        merged.putAll((Map<String, Integer>) v);
        into.put(k, merged);
      } else {
        into.put(k, v);
      }
    });
  }

  @SuppressWarnings("unchecked")
  static Rule build(String file, RuleCode c, Map<String, Object> f) {
    if (f == null) {
      throw new RulesFileException(file + ": rule " + c + " is missing from the default rules");
    }
    for (String key : new String[] {"title", "severity", "enabled"}) {
      if (!f.containsKey(key)) {
        throw new RulesFileException(file + ": rule " + c + ": " + key + " is required");
      }
    }
    Map<String, Integer> params = (Map<String, Integer>) f.getOrDefault("params", Map.of());
    for (String p : c.params()) {
      if (!params.containsKey(p)) {
        throw new RulesFileException(file + ": rule " + c + ": param " + p + " is required");
      }
    }
    if (c == RuleCode.SPONSORS && params.get("min") > params.get("max")) {
      throw new RulesFileException(file + ": rule SPONSORS: min (" + params.get("min")
          + ") must not exceed max (" + params.get("max") + ")");
    }
    return new Rule(c, (String) f.get("title"), (String) f.getOrDefault("source_text", ""),
        params, (String) f.get("severity"), (Boolean) f.get("enabled"));
  }
}
