package org.dangstat.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dangstat.core.Period;
import org.dangstat.core.TargetStatus;
import org.dangstat.plan.Plan;
import org.dangstat.plan.Target;
import tech.tablesaw.api.Table;

/**
 * Plain Chinese sentences for the report, generated from the numbers of an
 * {@link IndicatorEngine} result; the wording is in {@code indicators/findings.properties}.
 */
public final class Findings {

  private static final IndicatorCatalog CATALOG = IndicatorCatalog.standard();
  /** Told in the quota and net growth sentences rather than one by one. */
  private static final Set<String> OWN_SENTENCE =
      Set.of("new_members", "quota_completion", "net_growth_rate");

  private Findings() {}

  /**
   * The root's findings: the quota (if there is a plan), each root target of the plan in plan
   * order, then net growth (with the net_growth_rate target if any).
   */
  public static List<String> of(Table indicators, Plan plan, String rootCode) {
    Rows rows = new Rows(indicators);
    List<String> out = new ArrayList<>();
    if (plan != null) {
      String q = quota(rows, rootCode);
      if (q != null) {
        out.add(q);
      }
      plan.targets().forEach((key, t) -> {
        if (!OWN_SENTENCE.contains(key)) {
          out.add(target(key, t, rows.value(rootCode, key),
              rows.text(rootCode, key, IndicatorEngine.STATUS)));
        }
      });
    }
    String growth = growth(rows, rootCode);
    if (growth != null) {
      Target t = plan == null ? null : plan.targets().get("net_growth_rate");
      Double rate = rows.value(rootCode, "net_growth_rate");
      out.add(t == null || rate == null ? growth : Phrases.fill("growth.verdict", "growth", growth,
          "verdict", verdict("net_growth_rate", t, rate,
              rows.text(rootCode, "net_growth_rate", IndicatorEngine.STATUS), "")));
    }
    return out;
  }

  /** Branches needing attention, one line each: no snapshot, over quota, behind, missed targets. */
  public static List<String> attention(Table indicators) {
    Rows rows = new Rows(indicators);
    List<String> out = new ArrayList<>();
    for (String org : rows.orgs()) {
      if (!Orgs.BRANCH.equals(rows.orgText(org, IndicatorEngine.ORG_LEVEL))) {
        continue;
      }
      List<String> reasons = new ArrayList<>();
      if (Double.valueOf(0).equals(rows.value(org, "submissions_received"))) {
        reasons.add(Phrases.fill("attention.missing"));
      }
      Double n = rows.value(org, "new_members");
      Double q = rows.value(org, "quota");
      String pace = rows.text(org, "new_members", IndicatorEngine.STATUS);
      if (n != null && q != null && TargetStatus.fromCode(pace) == TargetStatus.OVER) {
        reasons.add(Phrases.fill("attention.over", "n", Phrases.plain(n), "q", Phrases.plain(q),
            "extra", Phrases.plain(n - q)));
      } else if (n != null && q != null && TargetStatus.fromCode(pace) == TargetStatus.MISSED) {
        reasons.add(Phrases.fill("attention.behind", "n", Phrases.plain(n), "q", Phrases.plain(q)));
      }
      for (String key : CATALOG.keys()) {
        Target t = Phrases.target(rows.text(org, key, IndicatorEngine.TARGET));
        Double v = rows.value(org, key);
        if (t != null && v != null && !key.equals("new_members") && !key.equals("quota_completion")
            && TargetStatus.fromCode(rows.text(org, key, IndicatorEngine.STATUS)) == TargetStatus.MISSED) {
          IndicatorCatalog.Kind kind = CATALOG.kind(key);
          reasons.add(Phrases.fill("attention.missed", "label", CATALOG.label(key),
              "value", Phrases.value(kind, v), "want", Phrases.want(kind, t)));
        }
      }
      if (!reasons.isEmpty()) {
        out.add(Phrases.fill("attention.line", "code", org,
            "name", rows.orgText(org, IndicatorEngine.ORG_NAME), "reasons", String.join("；", reasons)));
      }
    }
    return out;
  }

  private static String quota(Rows rows, String root) {
    Double n = rows.value(root, "new_members");
    Double q = rows.value(root, "quota");
    if (n == null || q == null) {
      return null;
    }
    int quarter = Period.parse(rows.orgText(root, IndicatorEngine.PERIOD)).orElseThrow().quarter();
    String s = Pace.status(n, q, quarter);
    if (s == null) {
      return null;
    }
    String pct = q == 0 ? "" : Phrases.round(n / q * 100, 1) + "%";
    return switch (TargetStatus.fromCode(s)) {
      case OVER -> Phrases.fill("quota.over", "n", Phrases.plain(n), "q", Phrases.plain(q),
          "extra", Phrases.plain(n - q));
      case MET -> Phrases.fill("quota.met", "n", Phrases.plain(n), "q", Phrases.plain(q),
          "pct", pct);
      default -> Phrases.fill("quota.behind", "n", Phrases.plain(n), "q", Phrases.plain(q),
          "pct", pct, "expected", Phrases.plain(Pace.expected(q, quarter)));
    };
  }

  private static String target(String key, Target t, Double v, String status) {
    IndicatorCatalog.Kind kind = CATALOG.kind(key);
    if (v == null) {
      return Phrases.fill("verdict.unknown", "label", CATALOG.label(key),
          "want", Phrases.want(kind, t));
    }
    String label = CATALOG.label(key);
    String statement = label.endsWith("占比")
        ? Phrases.fill("statement.share", "subject", label.substring(0, label.length() - 2),
            "value", Phrases.value(kind, v))
        : Phrases.fill("statement.other", "label", label, "value", Phrases.value(kind, v));
    return verdict(key, t, v, status, statement);
  }

  /** met → 符合; otherwise 低于 or 高于 by where the value lies (near reads like missed). */
  private static String verdict(String key, Target t, double v, String status, String statement) {
    String side = TargetStatus.fromCode(status) == TargetStatus.MET ? "met"
        : switch (t.kind()) {
          case MIN -> "below";
          case MAX -> "above";
          case APPROX -> v < t.value() ? "below" : "above";
        };
    String s = Phrases.fill("verdict." + side, "statement", statement,
        "want", Phrases.want(CATALOG.kind(key), t));
    return statement.isEmpty() ? s.substring(1) : s; // drop the comma when tacked onto growth
  }

  private static String growth(Rows rows, String root) {
    Double total = rows.value(root, "members_total");
    Double start = rows.value(root, "members_start");
    Double g = rows.value(root, "net_growth");
    if (total == null || start == null || g == null) {
      return null;
    }
    Double rate = rows.value(root, "net_growth_rate");
    return Phrases.fill(g >= 0 ? "growth.up" : "growth.down", "total", Phrases.plain(total),
        "start", Phrases.plain(start), "g", Phrases.plain(Math.abs(g)),
        "rate", rate == null ? "无法计算" : Phrases.value(IndicatorCatalog.Kind.RATE, rate));
  }
}
