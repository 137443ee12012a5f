package org.dangstat.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.compliance.ComplianceCsv;
import org.dangstat.compliance.Violation;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.indicators.IndicatorEngine;
import org.dangstat.report.SheetWriter;
import org.dangstat.report.StreamingWorkbook;
import org.dangstat.report.Styles;
import org.dangstat.report.Workbooks;
import tech.tablesaw.api.Table;

/**
 * {@code indicators.xlsx}: the analysis output for people who print (indicators.md). Sheets
 * 指标 (every org × indicator, with its Chinese name and the status coloured), 完成情况 (quota,
 * developed, completion per org unit), 合规 (as compliance.csv) and 报送情况 (as completeness.csv).
 * Numbers are number cells: counts as integers, shares and rates as percentages. Made from the
 * analysis' results in memory, the same values the CSV files are written from, so the two never
 * disagree; a text cell of a workbook runs no formula, so names are shown as the clerk wrote them.
 */
public final class IndicatorsWorkbook {

  /** One branch's submission for the period: a row of completeness.csv. */
  public record Submission(String orgCode, String orgName, String status, String file, String receivedAt,
      Integer rows, Integer errors, Integer warnings) {}

  private IndicatorsWorkbook() {}

  public static void write(Table indicators, List<Submission> submissions, List<Violation> compliance, Path file) {
    // streaming: a county's workbook has 100,000s of rows, and only a window of them is in memory
    try (XSSFWorkbook base = new XSSFWorkbook(); SXSSFWorkbook wb = new StreamingWorkbook(base, 500)) {
      Styles styles = new Styles(base);
      String period = indicators.rowCount() == 0 ? "" : indicators.stringColumn(IndicatorEngine.PERIOD).get(0);
      IndicatorSheets.indicators(wb, styles, indicators, period);
      IndicatorSheets.quotas(wb, styles, indicators, period);
      compliance(wb, styles, compliance, period);
      completeness(wb, styles, submissions, period);
      wb.setActiveSheet(0);
      Workbooks.save(wb, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void compliance(Workbook wb, Styles styles, List<Violation> findings, String period) {
    SheetWriter s = new SheetWriter(wb, styles, "合规", period + " 发展党员程序合规检查（共" + findings.size() + "条）",
        "组织代码", "人员", "规则", "说明");
    for (Violation v : ComplianceCsv.inOrder(findings)) {
      s.newRow();
      s.text(v.orgCode());
      s.text(v.person());
      s.text(v.rule());
      s.text(ComplianceCsv.detail(v));
    }
    s.finish(2);
  }

  private static void completeness(Workbook wb, Styles styles, List<Submission> rows, String period) {
    long received = rows.stream().filter(r -> SubmissionStatus.ACCEPTED.is(r.status())).count();
    SheetWriter s = new SheetWriter(wb, styles, "报送情况",
        period + " 各支部报送情况（应报" + rows.size() + "个，已接收" + received + "个）",
        "组织代码", "组织名称", "状态", "文件", "接收时间", "行数", "错误数", "警告数");
    StatusLabels status = StatusLabels.INSTANCE;
    for (Submission r : rows) {
      s.newRow();
      s.text(r.orgCode());
      s.text(r.orgName());
      s.text(status.label(r.status()), status.colour(r.status()));
      s.text(r.file());
      s.text(r.receivedAt());
      for (Integer count : new Integer[] {r.rows(), r.errors(), r.warnings()}) {
        s.number(count == null ? null : count.doubleValue(), "0");
      }
    }
    s.finish(2);
  }
}
