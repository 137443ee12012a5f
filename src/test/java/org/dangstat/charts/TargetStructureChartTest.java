package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.charts.ChartAssertions.assertWritten;
import static org.dangstat.charts.ChartAssertions.seriesNames;
import static org.dangstat.charts.ChartAssertions.ys;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.dangstat.core.TargetStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

class TargetStructureChartTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    static final List<TargetStructureChart.Indicator> INDICATORS = List.of(
            new TargetStructureChart.Indicator("女性（不低于30%）", 0.28, 0.30, TargetStatus.MISSED),
            new TargetStructureChart.Indicator("35岁以下（50%左右）", 0.52, 0.50, TargetStatus.MET),
            new TargetStructureChart.Indicator("高中以上（80%左右）", 0.76, 0.80, TargetStatus.NEAR),
            new TargetStructureChart.Indicator("一线（80%以上）", 0.84, 0.80, TargetStatus.MET),
            new TargetStructureChart.Indicator("两新组织（40%左右）", 0.20, 0.40, TargetStatus.MISSED),
            new TargetStructureChart.Indicator("大专以上", 0.44, null, null));

    static List<Double> list(Double... values) {
        return Arrays.asList(values);
    }

    @Test
    void barsByStatusAndTargetMarkers() throws Exception {
        ChartFile file = TargetStructureChart.render(INDICATORS, dir);
        assertWritten(file, "new_member_structure", 1000, 600);
        ChartAssertions.preview(file, "");
        CategoryChart chart = TargetStructureChart.build(INDICATORS);
        assertThat(seriesNames(chart)).containsExactly("达标", "接近", "未达标", "无目标", "目标");
        assertThat(ys(chart, "达标")).isEqualTo(list(null, 0.52, null, 0.84, null, null));
        assertThat(ys(chart, "接近")).isEqualTo(list(null, null, 0.76, null, null, null));
        assertThat(ys(chart, "未达标")).isEqualTo(list(0.28, null, null, null, 0.20, null));
        assertThat(ys(chart, "无目标")).isEqualTo(list(null, null, null, null, null, 0.44));
        assertThat(ys(chart, "目标")).isEqualTo(list(0.30, 0.50, 0.80, 0.80, 0.40, null));
    }

    @Test
    void emptyData() throws Exception {
        assertWritten(TargetStructureChart.render(List.of(), dir), "new_member_structure", 1000, 600);
        assertThat(seriesNames(TargetStructureChart.build(List.of()))).containsExactly("无目标");
    }

    @Test
    void singleIndicatorWithoutNewMembers() throws Exception {
        List<TargetStructureChart.Indicator> one =
                List.of(new TargetStructureChart.Indicator("女性", null, 0.30, TargetStatus.MISSED));
        assertWritten(TargetStructureChart.render(one, dir), "new_member_structure", 1000, 600);
        assertThat(seriesNames(TargetStructureChart.build(one))).containsExactly("无目标", "目标");
    }
}
