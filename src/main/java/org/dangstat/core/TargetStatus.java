package org.dangstat.core;

import java.util.Locale;

/**
 * How an indicator stands against its target, as written in {@code indicators.csv} (the code) and
 * shown to people (the label, the colour). The one definition: report, charts, workbooks and the
 * allocation page all take label and colour from here.
 */
public enum TargetStatus {
  MET("达标", new Colour(0x2E7D32)),
  NEAR("接近", new Colour(0xEFA200)),
  MISSED("未达标", new Colour(0xC62828)),
  /** More admitted than the quota (计划外发展). */
  OVER("计划外发展", new Colour(0x6A1B9A));

  private final String label;
  private final Colour colour;

  TargetStatus(String label, Colour colour) {
    this.label = label;
    this.colour = colour;
  }

  /** The code written in the CSV files: {@code met}, {@code near}, {@code missed}, {@code over}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Chinese text. */
  public String label() {
    return label;
  }

  public Colour colour() {
    return colour;
  }

  /** Parses the csv code; blank (not judged) gives null. */
  public static TargetStatus fromCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }

  /** The label of a csv code, or {@code fallback} for a blank one. */
  public static String labelOf(String code, String fallback) {
    TargetStatus s = fromCode(code);
    return s == null ? fallback : s.label();
  }
}
