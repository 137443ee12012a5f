package org.dangstat.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import org.dangstat.annual.BalanceView;
import org.dangstat.charts.ChartFile;
import org.dangstat.compliance.Violation;
import org.dangstat.core.Period;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.integrity.ConsistencyFinding;
import org.dangstat.integrity.Timeliness;
import org.dangstat.plan.Plan;
import org.dangstat.report.HtmlPage;

/**
 * report.html: one self-contained page in Chinese (pictures embedded as data URIs, no network),
 * laid out to print on A4, from {@code templates/report.mustache}. Everything on it comes from the
 * files next to it.
 */
final class ReportPage {

  private static final int MAX_COMPLIANCE_ROWS = 300;

  record Content(String root, Period period, boolean year, Plan plan, IndicatorView indicators,
      List<String> findings, List<String> attention, List<Completeness.Row> completeness,
      List<Violation> compliance, List<ChartFile> charts, BalanceView annual, List<ConsistencyFinding> consistency,
      List<ConsistencyFinding> yearChain, OffsetDateTime moment, OffsetDateTime lockedAt) {}

  record Chart(String title, String png) {}

  /** What the template shows. */
  record Model(String title, String generatedAt, String dataUntil, String plan, String missingNotice,
      List<ReportSections.Card> cards, List<String> findings, List<String> attention, boolean anyAttention,
      List<ReportSections.TargetRow> targets, List<ReportSections.BranchRow> branches, List<Chart> charts,
      ReportSections.Compliance compliance, List<ReportSections.SubmissionRow> submissions, BalanceView annual,
      String momentNotice, String lateNotice, Integrity.Consistency consistency,
      List<Integrity.BalanceNote> balanceNotes) {}

  private ReportPage() {}

  static Path write(Content c, Path file) {
    return HtmlPage.write("report", model(c), file);
  }

  static Model model(Content c) {
    String title = c.indicators().name(c.root()) + " " + periodTitle(c.period(), c.year()) + " 发展党员工作分析";
    return new Model(title, LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
        c.period().end().toString(), c.plan() == null ? "未提供（无目标对照）" : c.plan().year() + "年度计划",
        ReportSections.missingNotice(c.completeness()), ReportSections.headline(c), c.findings(), c.attention(),
        !c.attention().isEmpty(), ReportSections.targets(c, IndicatorCatalog.standard()),
        ReportSections.branchTable(c), c.charts().stream().map(ch -> new Chart(ch.title(), base64(ch.png()))).toList(),
        ReportSections.compliance(c.compliance(), MAX_COMPLIANCE_ROWS),
        ReportSections.completeness(c.completeness()), c.annual(), Integrity.momentNotice(c.moment(), c.lockedAt()),
        Integrity.lateNotice(c.completeness(), Timeliness.deadline(c.period(), c.plan())),
        Integrity.consistency(c.consistency(), c.indicators()),
        Integrity.balanceNotes(c.annual(), c.yearChain(), c.indicators()));
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
