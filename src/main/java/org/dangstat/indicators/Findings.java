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
  /** Told in the quota, change and net growth sentences rather than one by one. */
  private static final Set<String> OWN_SENTENCE =
      Set.of("new_members", "quota_completion", "net_growth_rate", "new_members_change_rate");
  /** Counted from 1 January: in a quarter before the fourth, a year's target is compared with the year so far. */
  private static final Set<String> YEAR_TO_DATE = Set.of("new_activists", "new_candidates", "new_members");

  private Findings() {}

  /**
   * The root's findings: the quota (if there is a plan), each root target of the plan in plan
   * order, then net growth (with the net_growth_rate target if any).
   */
  public static List<String> of(Table indicators, Plan plan, String rootCode) {
    Rows rows = new Rows(indicators);
    List<String> out = new ArrayList<>();
    Period period = Period.parse(rows.orgText(rootCode, IndicatorEngine.PERIOD)).orElse(null);
    if (plan != null) {
      String q = quota(rows, rootCode);
      if (q != null) {
        out.add(q);
      }
      String change = change(rows, rootCode, plan.targets().get("new_members_change_rate"), period);
      if (change != null) {
        out.add(change);
      }
      plan.subQuotas().forEach((key, n) -> out.add(subQuota(rows, rootCode, key, n)));
      plan.targets().forEach((key, t) -> {
        if (!OWN_SENTENCE.contains(key)) {
          out.add(yearToDate(key, period, target(key, t, rows.value(rootCode, key),
              rows.text(rootCode, key, IndicatorEngine.STATUS))));
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
    if (plan != null) {
      plan.branchTargets().forEach((code, targets) -> targets.forEach((key, t) -> {
        String sentence = key.equals("new_members_change_rate")
            ? change(rows, code, t, period)
            : yearToDate(key, period, target(key, t, rows.value(code, key), rows.text(code, key, IndicatorEngine.STATUS)));
        out.add(Phrases.fill("branch.target", "code", code, "name", rows.orgText(code, IndicatorEngine.ORG_NAME),
            "sentence", sentence));
      }));
    }
    return out;
  }

  /**
   * 发展党员42名，比上年（54名）下降22.2%，未达到“比上年下降22.8%”的要求. Null when there is
   * neither a target nor last year's figure.
   */
  static String change(Rows rows, String org, Target t, Period period) {
    Double n = rows.value(org, "new_members");
    Double prev = rows.value(org, "new_members_previous_year");
    if (n == null || t == null && prev == null) {
      return null;
    }
    IndicatorCatalog.Entry e = CATALOG.entry("new_members_change_rate");
    Double rate = rows.value(org, "new_members_change_rate");
    if (prev == null || rate == null) {
      return t == null ? Phrases.fill("change.unknown", "n", Phrases.plain(n))
          : Phrases.fill("change.unknown.want", "n", Phrases.plain(n), "want", Phrases.want(e, t));
    }
    String statement = Phrases.fill(Phrases.change(rate).equals("持平") ? "change.same" : rate < 0 ? "change.down" : "change.up",
        "n", Phrases.plain(n), "prev", Phrases.plain(prev), "r", Phrases.change(rate).substring(2));
    if (t == null) {
      return statement;
    }
    boolean met = TargetStatus.fromCode(rows.text(org, "new_members_change_rate", IndicatorEngine.STATUS))
        == TargetStatus.MET;
    return yearToDate("new_members", period, Phrases.fill(met ? "change.met" : "change.missed",
        "statement", statement, "want", Phrases.want(e, t)));
  }

  /** 其中学生发展18名，计划20名，完成90.0%… judged by the pace like the quota. */
  private static String subQuota(Rows rows, String root, String key, int quota) {
    String subject = org.dangstat.core.SubQuotaKeys.subject(key);
    Double n = rows.value(root, org.dangstat.core.SubQuotaKeys.NEW_MEMBERS_PREFIX + key);
    if (n == null) {
      return Phrases.fill("sub.unknown", "subject", subject, "q", quota);
    }
    String status = rows.text(root, org.dangstat.core.SubQuotaKeys.NEW_MEMBERS_PREFIX + key, IndicatorEngine.STATUS);
    String pct = quota == 0 ? "" : Phrases.round(n / quota * 100, 1) + "%";
    int quarter = Period.parse(rows.orgText(root, IndicatorEngine.PERIOD)).orElseThrow().quarter();
    TargetStatus s = TargetStatus.fromCode(status);
    return switch (s == null ? TargetStatus.MET : s) {
      case OVER -> Phrases.fill("sub.over", "subject", subject, "n", Phrases.plain(n), "q", quota,
          "extra", Phrases.plain(n - quota));
      case MET -> Phrases.fill("sub.met", "subject", subject, "n", Phrases.plain(n), "q", quota, "pct", pct);
      default -> Phrases.fill("sub.behind", "subject", subject, "n", Phrases.plain(n), "q", quota, "pct", pct,
          "expected", Phrases.plain(Pace.expected(quota, quarter)));
    };
  }

  /** A sentence on a count from 1 January, in a quarter before the fourth: says that it is the year so far. */
  private static String yearToDate(String key, Period period, String sentence) {
    boolean ytd = YEAR_TO_DATE.contains(key) || key.startsWith(org.dangstat.core.SubQuotaKeys.NEW_MEMBERS_PREFIX);
    return ytd && period != null && period.quarter() < 4
        ? Phrases.fill("year.to.date", "sentence", sentence, "end", period.end()) : sentence;
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
      for (String key : rows.indicators()) {
        Target t = Phrases.target(rows.text(org, key, IndicatorEngine.TARGET));
        Double v = rows.value(org, key);
        if (t != null && v != null && !key.equals("new_members") && !key.equals("quota_completion")
            && TargetStatus.fromCode(rows.text(org, key, IndicatorEngine.STATUS)) == TargetStatus.MISSED) {
          IndicatorCatalog.Entry e = CATALOG.entry(key);
          reasons.add(Phrases.fill("attention.missed", "label", e.label(),
              "value", Phrases.value(e, v), "want", Phrases.want(e, t)));
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
    if (quarter == 2 && TargetStatus.fromCode(s) != TargetStatus.OVER) {
      // 篇五: 上下半年各发展一半 — the half-year summary is judged against half of the year's plan
      double half = Pace.expected(q, 2);
      return TargetStatus.fromCode(s) == TargetStatus.MET
          ? Phrases.fill("quota.half.met", "n", Phrases.plain(n), "q", Phrases.plain(q), "pct", pct,
              "expected", Phrases.plain(half))
          : Phrases.fill("quota.half.behind", "n", Phrases.plain(n), "q", Phrases.plain(q), "pct", pct,
              "expected", Phrases.plain(half), "gap", Phrases.plain(Math.ceil(half - n)));
    }
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
    IndicatorCatalog.Entry e = CATALOG.entry(key);
    if (v == null) {
      return Phrases.fill("verdict.unknown", "label", e.label(), "want", Phrases.want(e, t));
    }
    String label = e.label();
    String statement = label.endsWith("占比")
        ? Phrases.fill("statement.share", "subject", label.substring(0, label.length() - 2),
            "value", Phrases.value(e, v))
        : Phrases.fill("statement.other", "label", label, "value", Phrases.value(e, v));
    return verdict(key, t, v, status, statement);
  }

  /** met → 符合; otherwise 低于 or 高于 by where the value lies (near reads like missed). */
  private static String verdict(String key, Target t, double v, String status, String statement) {
    String side = TargetStatus.fromCode(status) == TargetStatus.MET ? "met"
        : switch (t.kind()) {
          case MIN -> "below";
          case MAX -> "above";
          case APPROX, RANGE -> v < t.value() ? "below" : "above";
        };
    String s = Phrases.fill("verdict." + side, "statement", statement,
        "want", Phrases.want(CATALOG.entry(key), t));
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
