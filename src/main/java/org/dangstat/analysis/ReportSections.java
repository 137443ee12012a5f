package org.dangstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangstat.compliance.ProcedureRules;
import org.dangstat.compliance.RuleCode;
import org.dangstat.compliance.Violation;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.core.TargetStatus;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Target;

/**
 * The sections of report.html, in reading order, as the figures and words the template
 * {@code templates/report.mustache} lays out. Nothing here knows HTML.
 */
final class ReportSections {

  record Card(String label, String value, String note) {}

  record TargetRow(String status, String label, String target, String value, String fraction, String statusLabel) {}

  record BranchRow(String status, String name, String submission, String members, String quota, String developed,
      String activists, String candidates, String violations) {}

  record ComplianceRow(String orgCode, String person, String rule, String detail) {}

  record Compliance(boolean none, String summary, List<ComplianceRow> rows) {}

  record SubmissionRow(String status, String code, String name, String statusLabel, String file, Integer rows,
      Integer errors, Integer warnings, String onTime) {}

  private ReportSections() {}

  /** The branches without a valid file this period, or null when every branch sent one. */
  static String missingNotice(List<Completeness.Row> rows) {
    var absent = rows.stream().filter(r -> !SubmissionStatus.ACCEPTED.is(r.status())).toList();
    if (absent.isEmpty()) {
      return null;
    }
    return absent.size() + " 个党支部本期没有有效报送（未报送或被退回），其人员不计入以下各项数字："
        + String.join("、", absent.stream()
            .map(r -> r.orgName() + "（" + SubmissionStatus.fromCode(r.status()).label() + "）").toList());
  }

  static List<Card> headline(ReportPage.Content c) {
    var v = c.indicators();
    String root = c.root();
    Double rate = v.value(root, "net_growth_rate");
    return List.of(
        new Card("党员总数", v.count(root, "members_total") + " 名", "其中预备党员 " + v.count(root, "members_probationary") + " 名"),
        new Card("新发展党员", v.count(root, "new_members") + " 名",
            c.plan() == null ? "无计划" : "计划 " + c.plan().plannedNew() + " 名"),
        new Card("净增", v.count(root, "net_growth") + " 名", rate == null ? "" : "净增率 " + pct(rate, 2)),
        new Card("积极分子 / 发展对象", v.count(root, "activists") + " / " + v.count(root, "candidates"),
            "入党申请人 " + v.count(root, "applicants") + " 名"),
        new Card("报送情况", v.count(root, "submissions_received") + " / " + v.count(root, "submissions_expected"),
            "已接收 / 应报支部"),
        new Card("程序问题", v.count(root, "procedure_violations") + " 人", "见“程序合规”"));
  }

  static List<TargetRow> targets(ReportPage.Content c, IndicatorCatalog catalog) {
    List<TargetRow> out = new ArrayList<>();
    for (String key : catalog.keys(c.plan())) { // with 其中… (new_members_<key>) after the quota
      var cell = c.indicators().cell(c.root(), key);
      if (cell.target() != null && !cell.target().isBlank()) {
        out.add(new TargetRow(cell.status(), catalog.label(key),
            Target.readable(cell.target(), catalog.entry(key).unit()), format(catalog, key, cell.value()),
            fraction(cell), TargetStatus.labelOf(cell.status(), "无数据")));
      }
    }
    return out;
  }

  static List<BranchRow> branchTable(ReportPage.Content c) {
    var v = c.indicators();
    return c.completeness().stream().map(r -> {
      var quota = v.cell(r.orgCode(), "quota");
      return new BranchRow(v.cell(r.orgCode(), "new_members").status(), r.orgName(),
          SubmissionStatus.fromCode(r.status()).label(), count(v, r.orgCode(), "members_total"),
          quota.value() == null ? "" : String.valueOf(Math.round(quota.value())),
          count(v, r.orgCode(), "new_members"), count(v, r.orgCode(), "activists"),
          count(v, r.orgCode(), "candidates"), count(v, r.orgCode(), "procedure_violations"));
    }).toList();
  }

  static Compliance compliance(List<Violation> findings, int max) {
    if (findings.isEmpty()) {
      return new Compliance(true, "", List.of());
    }
    var rules = ProcedureRules.load();
    String summary = "共 " + findings.size() + " 条（“【提醒】”为提醒，其余为问题）。"
        + (findings.size() > max ? "以下列出前 " + max + " 条，全部见 compliance.csv。" : "");
    return new Compliance(false, summary, findings.stream().limit(max)
        .map(f -> new ComplianceRow(f.orgCode(), f.person(), rules.rule(RuleCode.valueOf(f.rule())).title(), f.detail()))
        .toList());
  }

  static List<SubmissionRow> completeness(List<Completeness.Row> rows) {
    return rows.stream().map(r -> new SubmissionRow(SubmissionStatus.fromCode(r.status()).code(), r.orgCode(),
        r.orgName(), SubmissionStatus.fromCode(r.status()).label(), r.file(), r.rows(), r.errors(), r.warnings(),
        Integrity.onTimeLabel(r.onTime())))
        .toList();
  }

  private static String count(IndicatorView v, String org, String key) {
    Double value = v.value(org, key);
    return value == null ? "" : String.valueOf(Math.round(value));
  }

  private static String format(IndicatorCatalog catalog, String key, Double value) {
    if (value == null) {
      return "无数据";
    }
    if (Target.CHANGE_UNIT.equals(catalog.entry(key).unit())) { // 比上年: 下降22.2% / 增长4.9%
      String r = String.format(Locale.ROOT, "%.1f%%", Math.abs(value) * 100);
      return Math.abs(value) < 5e-4 ? "持平" : (value < 0 ? "下降" : "增长") + r;
    }
    return switch (catalog.kind(key)) {
      case SHARE -> pct(value, 1);
      case RATE -> pct(value, 2);
      case RATIO -> String.format(Locale.ROOT, "%.1f:1", value);
      case COUNT -> String.valueOf(Math.round(value));
    };
  }

  private static String fraction(IndicatorView.Cell cell) {
    return cell.numerator() == null || cell.denominator() == null ? ""
        : Math.round(cell.numerator()) + "/" + Math.round(cell.denominator());
  }

  private static String pct(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f%%", value * 100);
  }
}
