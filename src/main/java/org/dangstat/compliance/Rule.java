package org.dangstat.compliance;

import java.util.Map;

/**
 * One rule as the rules file states it.
 *
 * @param sourceText the article it comes from, quoted so that a finding can be traced back
 * @param params whole-number parameters, exactly those of {@link RuleCode#params()}
 * @param severity {@link #VIOLATION} or {@link #WARNING}
 */
public record Rule(
    RuleCode code,
    String title,
    String sourceText,
    Map<String, Integer> params,
    String severity,
    boolean enabled) {

  public static final String VIOLATION = "violation";
  public static final String WARNING = "warning";

  public Rule {
    params = Map.copyOf(params);
  }

  public int param(String name) {
    Integer v = params.get(name);
    if (v == null) {
      // The loader guarantees every parameter is present; reaching here is a programming error.
      throw new IllegalStateException(code + " has no param " + name);
    }
    return v;
  }
}
