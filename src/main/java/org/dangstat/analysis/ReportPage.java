package org.dangstat.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.dangstat.charts.ChartFile;
import org.dangstat.compliance.Violation;
import org.dangstat.core.Period;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;

/**
 * report.html: one self-contained page in Chinese (pictures embedded as data URIs, no network),
 * laid out to print on A4. Everything on it comes from the files next to it.
 */
final class ReportPage {

  private static final int MAX_COMPLIANCE_ROWS = 300;

  record Content(String root, Period period, boolean year, Plan plan, IndicatorView indicators,
      List<String> findings, List<String> attention, List<Completeness.Row> completeness,
      List<Violation> compliance, List<ChartFile> charts) {}

  private ReportPage() {}

  static Path write(Content c, Path file) {
    var catalog = IndicatorCatalog.standard();
    Html h = new Html();
    String title = c.indicators().name(c.root()) + " " + periodTitle(c.period(), c.year()) + " 发展党员工作分析";
    h.raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").text(title)
        .raw("</title><style>").raw(ReportStyle.CSS).raw("</style></head><body>");
    h.raw("<h1>").text(title).raw("</h1><p class=\"meta\">生成时间 ")
        .text(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
        .raw("；数据截至 ").text(c.period().end().toString()).raw("；计划 ")
        .text(c.plan() == null ? "未提供（无目标对照）" : c.plan().year() + "年度计划").raw("</p>");
    ReportSections.missingNotice(h, c.completeness());
    ReportSections.headline(h, c);
    ReportSections.findings(h, c.findings(), c.attention());
    ReportSections.targets(h, c, catalog);
    ReportSections.branchTable(h, c);
    h.raw("<h2>图表</h2><div class=\"charts\">");
    for (ChartFile chart : c.charts()) {
      h.raw("<figure><img alt=\"").text(chart.title()).raw("\" src=\"data:image/png;base64,")
          .raw(base64(chart.png())).raw("\"><figcaption>").text(chart.title()).raw("</figcaption></figure>");
    }
    h.raw("</div>");
    ReportSections.compliance(h, c.compliance(), MAX_COMPLIANCE_ROWS);
    ReportSections.completeness(h, c.completeness());
    h.raw("<p class=\"meta\">明细见同目录 indicators.csv、completeness.csv、compliance.csv 与 charts/。"
        + "报告中的身份证号均已脱敏。</p></body></html>");
    try {
      Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static String periodTitle(Period p, boolean year) {
    if (year) {
      return p.year() + "年度";
    }
    return p.year() + "年第" + "一二三四".charAt(p.quarter() - 1) + "季度" + (p.quarter() == 2 ? "（半年）" : "");
  }

  private static String base64(Path png) {
    try {
      return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
