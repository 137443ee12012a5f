package org.dangstat.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dangstat.charts.ChartFile;
import org.dangstat.charts.CompletenessChart;
import org.dangstat.charts.CumulativeDevelopmentChart;
import org.dangstat.charts.NetGrowthBridgeChart;
import org.dangstat.charts.PipelineFunnelChart;
import org.dangstat.charts.QuotaChart;
import org.dangstat.charts.StockStructureCharts;
import org.dangstat.charts.TargetStructureChart;
import org.dangstat.core.Period;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.core.TargetStatus;
import org.dangstat.plan.Plan;

/** Turns the analysis's numbers into the pictures of the report, all for the root org. */
final class ChartSet {

  /** Short labels of the new-member structure indicators, in the order the plans list them. */
  private static final Map<String, String> STRUCTURE = new LinkedHashMap<>();

  static {
    STRUCTURE.put("new_female_share", "女性");
    STRUCTURE.put("new_under35_share", "35岁以下");
    STRUCTURE.put("new_highschool_plus_share", "高中以上");
    STRUCTURE.put("new_college_plus_share", "大专以上");
    STRUCTURE.put("new_frontline_share", "一线");
    STRUCTURE.put("new_two_new_share", "两新组织");
    STRUCTURE.put("new_student_share", "学生");
  }

  private static final String[] LEFT = {"transfer_out", "death", "expelled", "removed", "withdrew", "suspended",
      "disqualified", "other"};

  private ChartSet() {}

  /** @param developedInPeriod new members year to date in the period's snapshots, null if it has none */
  static List<ChartFile> render(IndicatorView v, String root, Period period, Plan plan,
      AnalysisRepository repository, CompletableFuture<Cube.Counted> counted,
      List<Completeness.Row> completeness, Integer developedInPeriod, Path dir) {
    List<ChartFile> files = new ArrayList<>();
    files.add(QuotaChart.render(quotas(v, completeness), dir));
    files.add(TargetStructureChart.render(structure(v, root), dir));
    var c = counted.join();
    files.addAll(StockStructureCharts.render(c.cells().stock(c.result()), dir));
    files.add(PipelineFunnelChart.render(List.of(
        new PipelineFunnelChart.Stage("入党申请人", v.count(root, "applicants")),
        new PipelineFunnelChart.Stage("入党积极分子", v.count(root, "activists")),
        new PipelineFunnelChart.Stage("发展对象", v.count(root, "candidates")),
        new PipelineFunnelChart.Stage("预备党员", v.count(root, "members_probationary")),
        new PipelineFunnelChart.Stage("正式党员", v.count(root, "members_total") - v.count(root, "members_probationary"))),
        dir));
    List<CumulativeDevelopmentChart.QuarterPoint> quarters = new ArrayList<>();
    repository.developedBefore(period).forEach((q, n) -> quarters.add(new CumulativeDevelopmentChart.QuarterPoint(q, n)));
    if (developedInPeriod != null) {
      quarters.add(new CumulativeDevelopmentChart.QuarterPoint(period.quarter(), developedInPeriod));
    }
    files.add(CumulativeDevelopmentChart.render(new CumulativeDevelopmentChart.Progress(period.year(),
        plan == null ? 0 : plan.plannedNew(), quarters), dir));
    List<NetGrowthBridgeChart.Step> leaving = new ArrayList<>();
    for (String reason : LEFT) {
      leaving.add(new NetGrowthBridgeChart.Step(CodeLabels.leftReason(reason), v.count(root, "left_" + reason)));
    }
    files.add(NetGrowthBridgeChart.render(new NetGrowthBridgeChart.Bridge(v.count(root, "members_start"),
        v.count(root, "new_members"), v.count(root, "transferred_in"), leaving), dir));
    files.add(CompletenessChart.render(groups(v, completeness), dir));
    return files;
  }

  private static List<QuotaChart.Branch> quotas(IndicatorView v, List<Completeness.Row> completeness) {
    return completeness.stream()
        .filter(r -> SubmissionStatus.ACCEPTED.is(r.status()))
        .map(r -> new QuotaChart.Branch(r.orgName(), v.count(r.orgCode(), "quota"), v.count(r.orgCode(), "new_members")))
        .toList();
  }

  private static List<TargetStructureChart.Indicator> structure(IndicatorView v, String root) {
    List<TargetStructureChart.Indicator> out = new ArrayList<>();
    STRUCTURE.forEach((key, label) -> {
      var cell = v.cell(root, key);
      Double target = cell.target() == null || cell.target().isBlank() ? null
          : Double.parseDouble(cell.target().substring(cell.target().indexOf(' ') + 1));
      out.add(new TargetStructureChart.Indicator(label, cell.value(), target, TargetStatus.fromCode(cell.status())));
    });
    return out;
  }

  private static List<CompletenessChart.Group> groups(IndicatorView v, List<Completeness.Row> rows) {
    Map<String, int[]> byParent = new LinkedHashMap<>();
    rows.stream().sorted(Comparator.comparing(r -> String.valueOf(r.parentCode()))).forEach(r -> {
      int[] c = byParent.computeIfAbsent(String.valueOf(r.parentCode()), k -> new int[4]);
      c[SubmissionStatus.ACCEPTED.is(r.status()) ? 0 : SubmissionStatus.REJECTED.is(r.status()) ? 1 : 2]++;
      if (SubmissionStatus.ACCEPTED.is(r.status()) && r.late()) {
        c[3]++;
      }
    });
    List<CompletenessChart.Group> groups = new ArrayList<>();
    byParent.forEach((parent, c) -> groups.add(new CompletenessChart.Group(
        "committee".equals(v.level(parent)) ? "直属党支部" : v.name(parent), c[0], c[1], c[2], c[3])));
    return groups;
  }
}
