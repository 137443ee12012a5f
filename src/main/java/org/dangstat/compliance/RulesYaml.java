package org.dangstat.compliance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one rules file (the default or an override) into plain maps, keyed by rule code, checking
 * the shape only: which keys may appear and what type each has. Merging and completeness are
 * {@link ProcedureRules}' business. Every message starts with the file's name so a clerk editing
 * an override knows where to look.
 */
final class RulesYaml {

  static final Set<String> TOP_KEYS = Set.of("version", "source", "applies_from", "rules");
  static final Set<String> RULE_KEYS =
      Set.of("code", "title", "source_text", "params", "severity", "enabled");

  final String file;
  final Map<String, Object> top = new LinkedHashMap<>();
  final Map<RuleCode, Map<String, Object>> rules = new LinkedHashMap<>();

  private RulesYaml(String file) {
    this.file = file;
  }

  static RulesYaml parse(String file, String text) {
    RulesYaml y = new RulesYaml(file);
    Object doc;
    try {
      // SafeConstructor: a rules file is data and must never instantiate classes. A key written
      // twice is an error: SnakeYAML's default lets the last one win without a word.
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      doc = new Yaml(new SafeConstructor(options)).load(text);
    } catch (org.yaml.snakeyaml.constructor.DuplicateKeyException e) {
      throw new RulesFileException(file + ": a key is written twice (DUPLICATE_KEY), "
          + e.getProblemMark().toString().trim().replace('\n', ' ') + ": " + e.getProblem(), e);
    } catch (YAMLException e) {
      throw new RulesFileException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    if (!(doc instanceof Map<?, ?> map)) {
      throw y.error("the file must be a mapping with version, source, applies_from and rules");
    }
    map.forEach((k, v) -> {
      if (!TOP_KEYS.contains(String.valueOf(k))) {
        throw y.error("unknown key '" + k + "' (allowed: " + sorted(TOP_KEYS) + ")");
      }
      y.top.put(String.valueOf(k), v);
    });
    Object rules = y.top.getOrDefault("rules", List.of());
    if (!(rules instanceof List<?> list)) {
      throw y.error("'rules' must be a list of rules, each starting with '- code: ...'");
    }
    for (Object r : list) {
      y.readRule(r);
    }
    return y;
  }

  private void readRule(Object r) {
    if (!(r instanceof Map<?, ?> map) || map.get("code") == null) {
      throw error("every entry of 'rules' needs a code");
    }
    String code = String.valueOf(map.get("code")).trim();
    RuleCode rc = codeOf(code);
    if (rules.containsKey(rc)) {
      throw error("rule " + code + " appears twice");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (!RULE_KEYS.contains(String.valueOf(k))) {
        throw error("rule " + code + ": unknown key '" + k + "' (allowed: " + sorted(RULE_KEYS) + ")");
      }
      fields.put(String.valueOf(k), v);
    });
    rules.put(rc, fields);
  }

  private RuleCode codeOf(String code) {
    for (RuleCode c : RuleCode.values()) {
      if (c.name().equals(code)) {
        return c;
      }
    }
    throw error("unknown rule code '" + code + "' (known: " + List.of(RuleCode.values()) + ")");
  }

  /** applies_from as a date: YAML may hand it over as a timestamp (UTC midnight) or a string. */
  LocalDate appliesFrom() {
    Object v = top.get("applies_from");
    if (v == null) {
      return null;
    }
    if (v instanceof Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    try {
      return LocalDate.parse(String.valueOf(v).trim());
    } catch (RuntimeException e) {
      throw error("applies_from must be a date like 2014-06-01, got '" + v + "'");
    }
  }

  RulesFileException error(String message) {
    return new RulesFileException(file + ": " + message);
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
