package org.dangstat.analysis;

import java.util.List;
import java.util.Locale;
import org.dangstat.compliance.Violation;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.core.TargetStatus;
import org.dangstat.indicators.IndicatorCatalog;

/** The sections of report.html, in reading order. */
final class ReportSections {

  private ReportSections() {}

  static void missingNotice(Html h, List<Completeness.Row> rows) {
    var absent = rows.stream().filter(r -> !SubmissionStatus.ACCEPTED.is(r.status())).toList();
    if (absent.isEmpty()) {
      return;
    }
    h.raw("<p class=\"notice\"><b>注意：</b>").text(absent.size() + " 个党支部本期没有有效报送（未报送或被退回），"
        + "其人员不计入以下各项数字：").text(String.join("、", absent.stream()
            .map(r -> r.orgName() + "（" + SubmissionStatus.fromCode(r.status()).label() + "）").toList()))
        .raw("</p>");
  }

  static void headline(Html h, ReportPage.Content c) {
    var v = c.indicators();
    String root = c.root();
    h.raw("<h2>主要数字</h2><div class=\"cards\">");
    card(h, "党员总数", v.count(root, "members_total") + " 名", "其中预备党员 " + v.count(root, "members_probationary") + " 名");
    card(h, "新发展党员", v.count(root, "new_members") + " 名",
        c.plan() == null ? "无计划" : "计划 " + c.plan().plannedNew() + " 名");
    Double rate = v.value(root, "net_growth_rate");
    card(h, "净增", v.count(root, "net_growth") + " 名", rate == null ? "" : "净增率 " + pct(rate, 2));
    card(h, "积极分子 / 发展对象", v.count(root, "activists") + " / " + v.count(root, "candidates"),
        "入党申请人 " + v.count(root, "applicants") + " 名");
    card(h, "报送情况", v.count(root, "submissions_received") + " / " + v.count(root, "submissions_expected"),
        "已接收 / 应报支部");
    card(h, "程序问题", v.count(root, "procedure_violations") + " 人", "见“程序合规”");
    h.raw("</div>");
  }

  static void findings(Html h, List<String> findings, List<String> attention) {
    h.raw("<h2>分析结论</h2><ul>");
    findings.forEach(f -> h.raw("<li>").text(f).raw("</li>"));
    h.raw("</ul>");
    if (!attention.isEmpty()) {
      h.raw("<h2>需要关注的党支部</h2><ul>");
      attention.forEach(a -> h.raw("<li>").text(a).raw("</li>"));
      h.raw("</ul>");
    }
  }

  static void targets(Html h, ReportPage.Content c, IndicatorCatalog catalog) {
    h.raw("<h2>计划目标完成情况</h2><table><tr><th>指标</th><th>目标</th><th>实际</th><th>分子/分母</th><th>状态</th></tr>");
    for (String key : catalog.keys()) {
      var cell = c.indicators().cell(c.root(), key);
      if (cell.target() == null || cell.target().isBlank()) {
        continue;
      }
      h.raw("<tr class=\"").text(cell.status()).raw("\">").td(catalog.label(key)).td(cell.target())
          .td(format(catalog, key, cell.value())).td(fraction(cell)).td(TargetStatus.labelOf(cell.status(), "无数据"))
          .raw("</tr>");
    }
    h.raw("</table>");
  }

  static void branchTable(Html h, ReportPage.Content c) {
    var v = c.indicators();
    h.raw("<h2>各党支部情况</h2><table><tr><th>党支部</th><th>报送</th><th>党员</th><th>名额</th><th>已发展</th>"
        + "<th>积极分子</th><th>发展对象</th><th>程序问题(人)</th></tr>");
    for (var r : c.completeness()) {
      var quota = v.cell(r.orgCode(), "quota");
      h.raw("<tr class=\"").text(v.cell(r.orgCode(), "new_members").status()).raw("\">").td(r.orgName())
          .td(statusLabel(r.status())).td(count(v, r.orgCode(), "members_total"))
          .td(quota.value() == null ? "" : String.valueOf(Math.round(quota.value())))
          .td(count(v, r.orgCode(), "new_members")).td(count(v, r.orgCode(), "activists"))
          .td(count(v, r.orgCode(), "candidates")).td(count(v, r.orgCode(), "procedure_violations")).raw("</tr>");
    }
    h.raw("</table>");
  }

  static void compliance(Html h, List<Violation> findings, int max) {
    h.raw("<h2>程序合规</h2>");
    if (findings.isEmpty()) {
      h.raw("<p>未发现不符合《中国共产党发展党员工作细则》程序的记录。</p>");
      return;
    }
    h.raw("<p>").text("共 " + findings.size() + " 条（“【提醒】”为提醒，其余为问题）。"
        + (findings.size() > max ? "以下列出前 " + max + " 条，全部见 compliance.csv。" : "")).raw("</p>");
    var rules = org.dangstat.compliance.ProcedureRules.load();
    h.raw("<table><tr><th class=\"code\">党支部</th><th>人员</th><th>规则</th><th>说明</th></tr>");
    findings.stream().limit(max).forEach(f -> h.raw("<tr><td class=\"code\">").text(f.orgCode()).raw("</td>")
        .td(f.person()).td(rules.rule(org.dangstat.compliance.RuleCode.valueOf(f.rule())).title())
        .td(f.detail()).raw("</tr>"));
    h.raw("</table>");
  }

  static void completeness(Html h, List<Completeness.Row> rows) {
    h.raw("<h2>报送情况</h2><table><tr><th>代码</th><th>党支部</th><th>状态</th><th>文件</th><th>行数</th>"
        + "<th>错误</th><th>警告</th></tr>");
    for (var r : rows) {
      String css = SubmissionStatus.ACCEPTED.is(r.status()) ? "met" : SubmissionStatus.REJECTED.is(r.status()) ? "near" : "missed";
      h.raw("<tr class=\"" + css + "\">").td(r.orgCode()).td(r.orgName()).td(statusLabel(r.status())).td(r.file())
          .td(r.rows()).td(r.errors()).td(r.warnings()).raw("</tr>");
    }
    h.raw("</table>");
  }

  private static void card(Html h, String label, String value, String note) {
    h.raw("<div class=\"card\">").text(label).raw("<b>").text(value).raw("</b><span class=\"meta\">").text(note)
        .raw("</span></div>");
  }

  private static String statusLabel(String status) {
    return SubmissionStatus.fromCode(status).label();
  }

  private static String count(IndicatorView v, String org, String key) {
    Double value = v.value(org, key);
    return value == null ? "" : String.valueOf(Math.round(value));
  }

  private static String format(IndicatorCatalog catalog, String key, Double value) {
    if (value == null) {
      return "无数据";
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
