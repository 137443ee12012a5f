package org.dangstat.excel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * developed, completion per org unit), 合规 (compliance.csv) and 报送情况 (completeness.csv).
 * Numbers are number cells: counts as integers, shares and rates as percentages.
 */
public final class IndicatorsWorkbook {

  private IndicatorsWorkbook() {}

  public static void write(Table indicators, Path completenessCsv, Path complianceCsv, Path file) {
    // streaming: a county's workbook has 100,000s of rows, and only a window of them is in memory
    try (XSSFWorkbook base = new XSSFWorkbook(); SXSSFWorkbook wb = new StreamingWorkbook(base, 500)) {
      Styles styles = new Styles(base);
      String period = indicators.rowCount() == 0 ? "" : indicators.stringColumn(IndicatorEngine.PERIOD).get(0);
      IndicatorSheets.indicators(wb, styles, indicators, period);
      IndicatorSheets.quotas(wb, styles, indicators, period);
      compliance(wb, styles, CsvResource.file(complianceCsv), period);
      completeness(wb, styles, CsvResource.file(completenessCsv), period);
      wb.setActiveSheet(0);
      Workbooks.save(wb, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void compliance(Workbook wb, Styles styles, List<Map<String, String>> rows, String period) {
    SheetWriter s = new SheetWriter(wb, styles, "合规", period + " 发展党员程序合规检查（共" + rows.size() + "条）",
        "组织代码", "人员", "规则", "说明");
    for (Map<String, String> r : rows) {
      s.newRow();
      s.text(unquote(r.get("org_code")));
      s.text(unquote(r.get("person")));
      s.text(unquote(r.get("rule")));
      s.text(unquote(r.get("detail")));
    }
    s.finish(2);
  }

  private static void completeness(Workbook wb, Styles styles, List<Map<String, String>> rows, String period) {
    long received = rows.stream().filter(r -> SubmissionStatus.ACCEPTED.is(r.get("status"))).count();
    SheetWriter s = new SheetWriter(wb, styles, "报送情况",
        period + " 各支部报送情况（应报" + rows.size() + "个，已接收" + received + "个）",
        "组织代码", "组织名称", "状态", "文件", "接收时间", "行数", "错误数", "警告数");
    StatusLabels status = StatusLabels.INSTANCE;
    for (Map<String, String> r : rows) {
      s.newRow();
      s.text(r.get("org_code"));
      s.text(r.get("org_name"));
      s.text(status.label(r.get("status")), status.colour(r.get("status")));
      s.text(r.get("file"));
      s.text(r.get("received_at"));
      for (String count : new String[] {"rows", "errors", "warnings"}) {
        String v = r.get(count);
        s.number(v == null || v.isBlank() ? null : Double.valueOf(v), "0");
      }
    }
    s.finish(2);
  }

  /**
   * The CSV writers put an apostrophe before a cell Excel would run as a formula; in a text cell
   * of a workbook nothing runs, so the clerk's text is shown as written.
   */
  static String unquote(String cell) {
    if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }
}
