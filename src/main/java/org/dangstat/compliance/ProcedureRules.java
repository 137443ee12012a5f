package org.dangstat.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The procedure rules in force: the versioned default file on the classpath, optionally with a
 * local committee's override merged over it by rule code (only the keys the override states
 * change; params are merged one by one). Immutable once loaded.
 */
public final class ProcedureRules {

  static final String DEFAULT_RESOURCE = "/rules/procedure-rules.yml";

  private final String version;
  private final String source;
  private final LocalDate appliesFrom;
  private final Map<RuleCode, Rule> rules;

  private ProcedureRules(String version, String source, LocalDate appliesFrom,
      Map<RuleCode, Rule> rules) {
    this.version = version;
    this.source = source;
    this.appliesFrom = appliesFrom;
    this.rules = rules;
  }

  /** The default rules of the 2014 细则 as shipped. */
  public static ProcedureRules load() {
    return merge(defaults(), null);
  }

  /** The defaults with {@code override} (same format, any subset of rules and keys) over them. */
  public static ProcedureRules load(Path override) {
    String text;
    try {
      text = Files.readString(override, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RulesFileException(override + ": cannot be read: " + e.getMessage(), e);
    }
    return merge(defaults(), RulesYaml.parse(override.toString(), text));
  }

  private static RulesYaml defaults() {
    try (InputStream in = ProcedureRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
      }
      return RulesYaml.parse(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ProcedureRules merge(RulesYaml base, RulesYaml over) {
    Map<RuleCode, Map<String, Object>> fields = new EnumMap<>(RuleCode.class);
    Map<String, Object> top = new LinkedHashMap<>(RuleValues.checkedTop(base));
    base.rules.forEach((c, f) -> fields.put(c, RuleValues.checked(base, c, f)));
    if (over != null) {
      top.putAll(RuleValues.checkedTop(over));
      if (over.top.containsKey("version")) {
        // Reports cite the version: say that local changes are in force, and which.
        top.put("version", base.top.get("version") + "+" + over.top.get("version"));
      }
      over.rules.forEach((c, f) -> RuleValues.mergeInto(
          fields.computeIfAbsent(c, k -> new LinkedHashMap<>()), RuleValues.checked(over, c, f)));
    }
    String file = over == null ? base.file : base.file + " + " + over.file;
    Map<RuleCode, Rule> rules = new EnumMap<>(RuleCode.class);
    for (RuleCode c : RuleCode.values()) {
      rules.put(c, RuleValues.build(file, c, fields.get(c)));
    }
    LocalDate from = (LocalDate) top.get("applies_from");
    if (from == null || top.get("version") == null) {
      throw new RulesFileException(file + ": version and applies_from are required");
    }
    return new ProcedureRules(String.valueOf(top.get("version")),
        String.valueOf(top.getOrDefault("source", "")), from, rules);
  }

  public String version() {
    return version;
  }

  public String source() {
    return source;
  }

  /** Stage dates before this day were governed by older rules and are not judged. */
  public LocalDate appliesFrom() {
    return appliesFrom;
  }

  public Rule rule(RuleCode code) {
    return rules.get(code);
  }

  /** The rule, or null when the committee has switched it off. */
  Rule enabled(RuleCode code) {
    Rule r = rules.get(code);
    return r.enabled() ? r : null;
  }

  /** True when {@code stageDate} is known and on or after {@link #appliesFrom()}. */
  boolean judges(LocalDate stageDate) {
    return stageDate != null && !stageDate.isBefore(appliesFrom);
  }
}
