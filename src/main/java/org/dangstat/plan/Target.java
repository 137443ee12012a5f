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
 * band, near ≤ 2·band. RANGE ({@code {min: 1, max: 2}}, plan-format.md): met when both hold, near
 * within the band of the bound it misses. Comparisons allow 1e-9 so that 0.55 − 0.50 counts as
 * exactly 0.05.
 *
 * @param value the target, or the lower bound of a range
 * @param upper the upper bound of a range; equal to {@code value} for the other kinds
 */
public record Target(Kind kind, double value, double upper) {

  public enum Kind {
    MIN, MAX, APPROX, RANGE;

    /** The word used in the plan YAML (a range is written with min and max). */
    public String word() {
      return name().toLowerCase();
    }
  }

  private static final double EPS = 1e-9;
  /** The unit of a change against last year (new_members_change_rate): a signed share. */
  public static final String CHANGE_UNIT = "比上年";

  public Target {
    if (kind == null) {
      throw new IllegalArgumentException("kind is required");
    }
    if (kind != Kind.RANGE) {
      upper = value;
    } else if (upper < value) {
      throw new IllegalArgumentException("a range's max is below its min");
    }
  }

  /** A min, max or approx target. */
  public Target(Kind kind, double value) {
    this(kind, value, value);
  }

  /** {@code {min: lower, max: upper}}. */
  public static Target range(double lower, double upper) {
    return new Target(Kind.RANGE, lower, upper);
  }

  /** The lower bound of a range (the target itself otherwise). */
  public double lower() {
    return value;
  }

  /**
   * As written in the plan and in indicators.csv, e.g. {@code min 0.30}, {@code max 0.015},
   * {@code min 1 max 2} for a range.
   */
  public String text() {
    return kind == Kind.RANGE ? "min " + number(value) + " max " + number(upper) : kind.word() + " " + number();
  }

  /** The YAML flow map of the plan: {@code {min: 0.30}}, {@code {min: 1, max: 2}}. */
  public String yaml() {
    return kind == Kind.RANGE ? "{min: " + number(value) + ", max: " + number(upper) + "}"
        : "{" + kind.word() + ": " + number() + "}";
  }

  /**
   * As a committee writes it, in the unit of its indicator ({@code reference/indicators.csv}):
   * {@code 不低于30%}, {@code 50%左右}, {@code 控制在1.5%以内}, {@code 不低于3:1}.
   */
  public String chinese(String unit) {
    if (CHANGE_UNIT.equals(unit)) {
      return change();
    }
    String v = shown(value, unit);
    return switch (kind) {
      case MIN -> "不低于" + v;
      case MAX -> "控制在" + v + "以内";
      case APPROX -> v + "左右";
      case RANGE -> "%".equals(unit) || ":1".equals(unit) ? v + "至" + shown(upper, unit)
          : plain(value) + "至" + shown(upper, unit);
    };
  }

  /**
   * A change against last year as the plans write it: {@code max -0.228} is 比上年下降22.8%,
   * {@code min 0.10} 比上年增长10%以上, {@code max 0.05} 比上年增长不超过5%.
   */
  private String change() {
    return switch (kind) {
      case MAX -> value < 0 ? "比上年下降" + percent(-value) : value == 0 ? "不超过上年" : "比上年增长不超过" + percent(value);
      case MIN -> value > 0 ? "比上年增长" + percent(value) + "以上" : value == 0 ? "不少于上年"
          : "比上年下降不超过" + percent(-value);
      case APPROX -> value < 0 ? "比上年下降" + percent(-value) + "左右" : value == 0 ? "与上年持平"
          : "比上年增长" + percent(value) + "左右";
      case RANGE -> "比上年变化在" + signed(value) + "至" + signed(upper) + "之间";
    };
  }

  private static String shown(double v, String unit) {
    return switch (unit == null ? "" : unit) {
      case "%" -> percent(v);
      case ":1" -> plain(v) + ":1";
      default -> plain(v) + (unit == null ? "" : unit);
    };
  }

  private static String percent(double v) {
    return BigDecimal.valueOf(v).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  private static String signed(double v) {
    return (v > 0 ? "+" : "") + percent(v);
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
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
      Target t = parse(text);
      return t == null ? text : t.chinese(unit);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** The target of a {@link #text()} ({@code min 0.30}, {@code min 1 max 2}); null if it is not one. */
  public static Target parse(String text) {
    if (text == null) {
      return null;
    }
    String[] p = text.trim().split(" ");
    try {
      if (p.length == 4 && p[0].equals("min") && p[2].equals("max")) {
        return range(Double.parseDouble(p[1]), Double.parseDouble(p[3]));
      }
      if (p.length == 2 && !p[0].equalsIgnoreCase("range")) {
        return new Target(Kind.valueOf(p[0].toUpperCase(java.util.Locale.ROOT)), Double.parseDouble(p[1]));
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    return null;
  }

  /**
   * The number with at least 2 decimals below 1 ({@code 0.30}) and at least 1 above
   * ({@code 3.0}), so the text reads like the plan people write; reading it back gives the same
   * double.
   */
  public String number() {
    return number(value);
  }

  private static String number(double value) {
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
      case RANGE -> {
        double upperBand = isShare ? tolerance : tolerance * Math.abs(upper);
        yield v >= value - EPS && v <= upper + EPS ? TargetStatus.MET
            : v < value ? (v >= value - band - EPS ? TargetStatus.NEAR : TargetStatus.MISSED)
            : v <= upper + upperBand + EPS ? TargetStatus.NEAR : TargetStatus.MISSED;
      }
    };
    return s.code();
  }
}
