package org.dangstat.plan;

import java.math.BigDecimal;
import org.dangstat.core.TargetStatus;

/**
 * One target of the plan: {@code {min: 0.30}}, {@code {max: 0.015}} or {@code {approx: 0.50}}.
 *
 * <p>How a value is judged ({@link #status}): the spec only defines "met"; "near" is ours so a
 * committee sees who is close. The band is the plan's {@code tolerance}:
 *
 * <ul>
 *   <li>for shares (0..1) it is absolute: tolerance 0.05 means 5 percentage points, as 左右 is
 *       understood for percentages;
 *   <li>for everything else (ratios like 3.0, rates like 0.015, counts) it is relative,
 *       {@code tolerance × |target|}: 5 points would be meaningless for a 3:1 ratio and far too
 *       lax for a 1.5% growth rate.
 * </ul>
 *
 * MIN: met v ≥ t, near v ≥ t − band. MAX: met v ≤ t, near v ≤ t + band. APPROX: met |v − t| ≤
 * band, near ≤ 2·band. Comparisons allow 1e-9 so that 0.55 − 0.50 counts as exactly 0.05.
 */
public record Target(Kind kind, double value) {

  public enum Kind {
    MIN, MAX, APPROX;

    /** The word used in the plan YAML. */
    public String word() {
      return name().toLowerCase();
    }
  }

  private static final double EPS = 1e-9;

  public Target {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
  }

  /** As written in the plan and in indicators.csv, e.g. {@code min 0.30}, {@code max 0.015}. */
  public String text() {
    return kind.word() + " " + number();
  }

  /**
   * As a committee writes it, in the unit of its indicator ({@code reference/indicators.csv}):
   * {@code 不低于30%}, {@code 50%左右}, {@code 控制在1.5%以内}, {@code 不低于3:1}.
   */
  public String chinese(String unit) {
    String v = switch (unit == null ? "" : unit) {
      case "%" -> BigDecimal.valueOf(value).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
      case ":1" -> BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + ":1";
      default -> BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + (unit == null ? "" : unit);
    };
    return switch (kind) {
      case MIN -> "不低于" + v;
      case MAX -> "控制在" + v + "以内";
      case APPROX -> v + "左右";
    };
  }

  /**
   * A target column's text ({@link #text()}, or {@code quota 25} for the plan's quota) for people,
   * in Chinese; the text itself when it is neither.
   */
  public static String readable(String text, String unit) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String[] p = text.trim().split(" ");
    try {
      if (p.length == 2 && p[0].equals("quota")) {
        return "计划" + BigDecimal.valueOf(Double.parseDouble(p[1])).stripTrailingZeros().toPlainString() + "名";
      }
      return p.length == 2 ? new Target(Kind.valueOf(p[0].toUpperCase(java.util.Locale.ROOT)),
          Double.parseDouble(p[1])).chinese(unit) : text;
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /**
   * The number with at least 2 decimals below 1 ({@code 0.30}) and at least 1 above
   * ({@code 3.0}), so the text reads like the plan people write; reading it back gives the same
   * double.
   */
  public String number() {
    BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
    int minScale = Math.abs(value) < 1 ? 2 : 1;
    return d.scale() < minScale ? d.setScale(minScale).toPlainString() : d.toPlainString();
  }

  /** The code of {@link TargetStatus} met, near or missed; see the class comment for the band. */
  public String status(double v, double tolerance, boolean isShare) {
    double band = isShare ? tolerance : tolerance * Math.abs(value);
    TargetStatus s = switch (kind) {
      case MIN -> v >= value - EPS ? TargetStatus.MET : v >= value - band - EPS ? TargetStatus.NEAR : TargetStatus.MISSED;
      case MAX -> v <= value + EPS ? TargetStatus.MET : v <= value + band + EPS ? TargetStatus.NEAR : TargetStatus.MISSED;
      case APPROX -> {
        double off = Math.abs(v - value);
        yield off <= band + EPS ? TargetStatus.MET : off <= 2 * band + EPS ? TargetStatus.NEAR : TargetStatus.MISSED;
      }
    };
    return s.code();
  }
}
