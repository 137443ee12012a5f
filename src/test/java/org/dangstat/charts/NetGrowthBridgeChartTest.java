package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.charts.ChartAssertions.assertWritten;
import static org.dangstat.charts.ChartAssertions.d;
import static org.dangstat.charts.ChartAssertions.seriesNames;
import static org.dangstat.charts.ChartAssertions.xs;
import static org.dangstat.charts.ChartAssertions.ys;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

class NetGrowthBridgeChartTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    static final NetGrowthBridgeChart.Bridge BRIDGE = new NetGrowthBridgeChart.Bridge(1300, 25, 6, List.of(
            new NetGrowthBridgeChart.Step("转出", 8), new NetGrowthBridgeChart.Step("死亡", 12),
            new NetGrowthBridgeChart.Step("开除党籍", 0), new NetGrowthBridgeChart.Step("除名", 1)));

    @Test
    void waterfallWithInvisibleBase() throws Exception {
        ChartFile file = NetGrowthBridgeChart.render(BRIDGE, dir);
        assertWritten(file, "net_growth_bridge", 1000, 600);
        ChartAssertions.preview(file, "");
        CategoryChart chart = NetGrowthBridgeChart.build(BRIDGE);
        assertThat(seriesNames(chart)).containsExactly("基数", "党员总数", "增加", "减少");
        assertThat(chart.getSeriesMap().get("基数").isShowInLegend()).isFalse();
        assertThat(xs(chart, "党员总数")).containsExactly("年初党员", "新发展", "转入", "转出", "死亡", "除名", "年末党员");
        // changes are small next to 1300 members: the axis starts at 1250, all bars shifted down by it
        assertThat(chart.getYAxisTitle()).contains("1250");
        assertThat(ys(chart, "基数")).isEqualTo(d(0, 1300 - 1250, 1325 - 1250, 1323 - 1250, 1311 - 1250, 1310 - 1250, 0));
        assertThat(ys(chart, "党员总数")).isEqualTo(d(1300 - 1250, 0, 0, 0, 0, 0, 1310 - 1250));
        assertThat(ys(chart, "增加")).isEqualTo(d(0, 25, 6, 0, 0, 0, 0));
        assertThat(ys(chart, "减少")).isEqualTo(d(0, 0, 0, 8, 12, 1, 0));
        assertThat(BRIDGE.membersEnd()).isEqualTo(1310);
        assertThat(chart.getTitle()).contains("净增10名");
    }

    @Test
    void nothingHappened() throws Exception {
        NetGrowthBridgeChart.Bridge still = new NetGrowthBridgeChart.Bridge(0, 0, 0, List.of());
        assertWritten(NetGrowthBridgeChart.render(still, dir), "net_growth_bridge", 1000, 600);
        assertThat(xs(NetGrowthBridgeChart.build(still), "减少")).containsExactly("年初党员", "年末党员");
    }

    @Test
    void netDecrease() throws Exception {
        NetGrowthBridgeChart.Bridge shrink = new NetGrowthBridgeChart.Bridge(40, 1, 0,
                List.of(new NetGrowthBridgeChart.Step("死亡", 3), new NetGrowthBridgeChart.Step("退党", 1)));
        ChartFile file = NetGrowthBridgeChart.render(shrink, dir);
        assertWritten(file, "net_growth_bridge", 1000, 600);
        ChartAssertions.preview(file, "_small");
        CategoryChart chart = NetGrowthBridgeChart.build(shrink);
        assertThat(chart.getTitle()).contains("净减3名");
        // lowest level 37, span 4: the axis starts at 30
        assertThat(chart.getYAxisTitle()).contains("30");
        assertThat(ys(chart, "基数")).isEqualTo(d(0, 10, 8, 7, 0));
        assertThat(ys(chart, "党员总数")).isEqualTo(d(10, 0, 0, 0, 7));
        assertThat(ys(chart, "减少")).isEqualTo(d(0, 0, 3, 1, 0));
    }
}
