package org.dangstat.excel;

import static org.dangstat.indicators.IndicatorEngine.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.indicators.IndicatorIndex;
import org.dangstat.plan.Target;
import org.dangstat.report.SheetWriter;
import org.dangstat.report.Styles;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The two sheets made from the indicators table: 指标 (every row) and 完成情况 (quota vs
 * developed per org unit). Values are rounded as indicators.csv rounds them, so the workbook and
 * the CSV never disagree in the fourth decimal.
 */
final class IndicatorSheets {

  static final Map<String, String> LEVELS = Map.of("committee", "党委", "general_branch", "党总支", "branch", "党支部");

  private IndicatorSheets() {}

  static void indicators(Workbook wb, Styles styles, Table t, String period) {
    IndicatorCatalog catalog = IndicatorCatalog.standard();
    StatusLabels status = StatusLabels.INSTANCE;
    SheetWriter s = new SheetWriter(wb, styles, "指标", period + " 党员队伍结构指标",
        "期间", "组织代码", "组织名称", "层级", "指标代码", "指标名称", "分子", "分母", "数值", "目标", "状态");
    // columns fetched once: Tablesaw finds a column by comparing every name, per call
    StringColumn periods = t.stringColumn(PERIOD);
    StringColumn orgCodes = t.stringColumn(ORG_CODE);
    StringColumn orgNames = t.stringColumn(ORG_NAME);
    StringColumn orgLevels = t.stringColumn(ORG_LEVEL);
    StringColumn indicators = t.stringColumn(INDICATOR);
    StringColumn targets = t.stringColumn(TARGET);
    StringColumn statuses = t.stringColumn(STATUS);
    DoubleColumn numerators = t.doubleColumn(NUMERATOR);
    DoubleColumn denominators = t.doubleColumn(DENOMINATOR);
    DoubleColumn values = t.doubleColumn(VALUE);
    for (int i = 0; i < t.rowCount(); i++) {
      String key = indicators.get(i);
      IndicatorCatalog.Kind kind = catalog.kind(key);
      String st = statuses.get(i);
      s.newRow();
      s.text(periods.get(i));
      s.text(orgCodes.get(i));
      s.text(orgNames.get(i));
      s.text(level(orgLevels.get(i)));
      s.text(key);
      s.text(catalog.label(key));
      s.number(integer(numerators, i), "0");
      s.number(integer(denominators, i), "0");
      s.number(kind == IndicatorCatalog.Kind.COUNT ? integer(values, i) : decimal(values, i), format(kind));
      s.text(Target.readable(targets.get(i), catalog.entry(key).unit()));
      s.text(status.label(st), status.colour(st));
    }
    s.finish(3);
  }

  /** One row per org unit that has a quota row: 计划发展数, 已发展数, 完成率 and its status. */
  static void quotas(Workbook wb, Styles styles, Table t, String period) {
    StatusLabels status = StatusLabels.INSTANCE;
    // columns fetched once (Tablesaw compares every name per lookup), rows by org × key: a county has 100,000s
    StringColumn orgCodes = t.stringColumn(ORG_CODE);
    StringColumn orgNames = t.stringColumn(ORG_NAME);
    StringColumn orgLevels = t.stringColumn(ORG_LEVEL);
    StringColumn indicators = t.stringColumn(INDICATOR);
    StringColumn statuses = t.stringColumn(STATUS);
    DoubleColumn values = t.doubleColumn(VALUE);
    IndicatorIndex index = new IndicatorIndex(t);
    SheetWriter s = new SheetWriter(wb, styles, "完成情况", period + " 发展党员计划完成情况",
        "组织代码", "组织名称", "层级", "计划发展数", "已发展数", "完成率", "状态");
    for (int i = 0; i < t.rowCount(); i++) {
      if (!indicators.get(i).equals("quota")) {
        continue;
      }
      String org = orgCodes.get(i);
      int developed = index.row(org, "new_members");
      int completion = index.row(org, "quota_completion");
      String st = completion < 0 ? "" : statuses.get(completion);
      if (st.isEmpty() && developed >= 0) {
        st = statuses.get(developed);
      }
      s.newRow();
      s.text(org);
      s.text(orgNames.get(i));
      s.text(level(orgLevels.get(i)));
      s.number(integer(values, i), "0");
      s.number(developed < 0 ? null : integer(values, developed), "0");
      s.number(completion < 0 ? null : decimal(values, completion), "0.0%");
      s.text(status.label(st), status.colour(st));
    }
    s.finish(2);
  }

  static String format(IndicatorCatalog.Kind kind) {
    return switch (kind) {
      case COUNT -> "0";
      case SHARE, RATE -> "0.0%";
      case RATIO -> "0.00";
    };
  }

  private static String level(String code) {
    return LEVELS.getOrDefault(code, code);
  }

  static Double integer(DoubleColumn c, int row) {
    return c.isMissing(row) ? null : (double) Math.round(c.getDouble(row));
  }

  static Double decimal(DoubleColumn c, int row) {
    return c.isMissing(row) ? null
        : BigDecimal.valueOf(c.getDouble(row)).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
