package org.dangstat.indicators;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.dangstat.plan.Target;

/**
 * The sentence templates of {@code indicators/findings.properties} and the number formats of the
 * findings. Templates are data so the wording can follow local usage without code changes;
 * placeholders are {@code {name}} (not MessageFormat, whose quoting rules trip over Chinese text).
 */
final class Phrases {

  private static final Properties TEMPLATES = load();

  private Phrases() {}

  /** Fills a template: {@code fill("quota.over", "n", 27, "q", 25, ...)}. */
  static String fill(String name, Object... kv) {
    String t = TEMPLATES.getProperty(name);
    if (t == null) {
      throw new IllegalStateException("no phrase " + name);
    }
    for (int i = 0; i < kv.length; i += 2) {
      t = t.replace("{" + kv[i] + "}", String.valueOf(kv[i + 1]));
    }
    return t;
  }

  /** A value as people read it: 28.0% for shares and rates, 2.4:1 for ratios, 27 for counts. */
  static String value(IndicatorCatalog.Kind kind, double v) {
    return switch (kind) {
      case SHARE -> round(v * 100, 1) + "%";
      // rates are small (净增 1.5%): two decimals, or 1.53% would read as "1.5%, above 1.5%"
      case RATE -> round(v * 100, 2) + "%";
      case RATIO -> round(v, 1) + ":1";
      case COUNT -> plain(v);
    };
  }

  /** A target as people write it: 30%, 1.5%, 3:1, 120. */
  static String targetValue(IndicatorCatalog.Kind kind, double t) {
    return switch (kind) {
      case SHARE, RATE -> plain(t * 100) + "%";
      case RATIO -> plain(t) + ":1";
      case COUNT -> plain(t);
    };
  }

  /** 不低于30% / 50%左右 / 控制在1.5%以内 / 3:1 / 1至2. */
  static String want(IndicatorCatalog.Kind kind, Target t) {
    return want(kind, "", t);
  }

  /** The same for an indicator of the catalog: counts with their unit (不少于3名), changes as 比上年下降22.8%. */
  static String want(IndicatorCatalog.Entry e, Target t) {
    if (Target.CHANGE_UNIT.equals(e.unit())) {
      return t.chinese(e.unit());
    }
    return want(e.kind(), e.kind() == IndicatorCatalog.Kind.COUNT ? e.unit() : "", t);
  }

  private static String want(IndicatorCatalog.Kind kind, String unit, Target t) {
    return fill("want." + t.kind().word() + "." + kind.name().toLowerCase(),
        "t", targetValue(kind, t.value()), "a", targetValue(kind, t.lower()), "b", targetValue(kind, t.upper()),
        "u", unit);
  }

  /** A value of a catalog indicator: counts with their unit (3名), a change as 下降22.2%. */
  static String value(IndicatorCatalog.Entry e, double v) {
    if (Target.CHANGE_UNIT.equals(e.unit())) {
      return change(v);
    }
    return value(e.kind(), v) + (e.kind() == IndicatorCatalog.Kind.COUNT ? e.unit() : "");
  }

  /** 下降22.2% / 增长5.0% / 持平 (one decimal, as the plans write such changes). */
  static String change(double rate) {
    String r = round(Math.abs(rate) * 100, 1) + "%";
    return Math.abs(rate) < 5e-4 ? "持平" : rate < 0 ? "下降" + r : "增长" + r;
  }

  /** Parses target text of the indicators table ({@code min 0.30}, {@code min 1 max 2}); null if it is not one. */
  static Target target(String text) {
    return Target.parse(text);
  }

  static String round(double v, int places) {
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }

  static String plain(double v) {
    // round first: 0.015 × 100 is 1.5000000000000002 in binary
    return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
  }

  private static Properties load() {
    var in = Phrases.class.getResourceAsStream("/indicators/findings.properties");
    if (in == null) {
      throw new IllegalStateException("indicators/findings.properties missing");
    }
    Properties p = new Properties();
    try (var r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
