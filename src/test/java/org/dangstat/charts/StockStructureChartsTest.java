package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.charts.ChartAssertions.assertWritten;
import static org.dangstat.charts.ChartAssertions.d;
import static org.dangstat.charts.ChartAssertions.xs;
import static org.dangstat.charts.ChartAssertions.ys;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.PieChart;

class StockStructureChartsTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    static Map<String, Integer> map(Object... pairs) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    static final StockStructureCharts.Stock STOCK = new StockStructureCharts.Stock(
            map("30岁及以下", 120, "31-35岁", 95, "36-40岁", 110, "41-45岁", 130, "46-50岁", 150,
                    "51-55岁", 160, "56-60岁", 140, "61岁及以上", 420),
            map("研究生", 12, "大学本科", 230, "大学专科", 310, "中专", 90, "高中", 260, "初中及以下", 423),
            map("工人", 150, "农牧渔民", 520, "专业技术人员", 90, "管理人员", 60, "党政机关工作人员", 80,
                    "学生", 10, "离退休人员", 280, "其他职业人员", 135),
            map("男", 900, "女", 425));

    @Test
    void writesAllFour() throws Exception {
        List<ChartFile> files = StockStructureCharts.render(STOCK, dir);
        assertThat(files).extracting(ChartFile::name)
                .containsExactly("stock_age", "stock_education", "stock_occupation", "stock_sex");
        for (ChartFile f : files) {
            assertWritten(f, f.name(), 1000, 600);
            ChartAssertions.preview(f, "");
        }
    }

    @Test
    void ageBandsAsInTheBulletin() {
        CategoryChart chart = StockStructureCharts.buildAge(STOCK.age());
        assertThat(xs(chart, "党员人数")).containsExactly(
                "30岁及以下", "31-35岁", "36-40岁", "41-45岁", "46-50岁", "51-55岁", "56-60岁", "61岁及以上");
        assertThat(ys(chart, "党员人数")).isEqualTo(d(120, 95, 110, 130, 150, 160, 140, 420));
        assertThat(chart.getTitle()).contains("1325");
    }

    @Test
    void missingStandardLabelsCountZeroAndUnknownOnesFollow() {
        CategoryChart chart = StockStructureCharts.buildEducation(map("其他", 2, "大学本科", 5));
        assertThat(xs(chart, "党员人数")).containsExactly("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下", "其他");
        assertThat(ys(chart, "党员人数")).isEqualTo(d(0, 5, 0, 0, 0, 0, 2));
        assertThat(xs(StockStructureCharts.buildOccupation(STOCK.occupation()), "党员人数")).hasSize(8);
    }

    @Test
    void sexPie() {
        PieChart chart = StockStructureCharts.buildSex(STOCK.sex());
        assertThat(chart.getSeriesMap().keySet()).containsExactly("男：900名", "女：425名");
        assertThat(chart.getSeriesMap().get("女：425名").getValue().intValue()).isEqualTo(425);
    }

    @Test
    void emptyData() throws Exception {
        StockStructureCharts.Stock empty = new StockStructureCharts.Stock(Map.of(), Map.of(), Map.of(), Map.of());
        for (ChartFile f : StockStructureCharts.render(empty, dir)) {
            assertWritten(f, f.name(), 1000, 600);
        }
        assertThat(ys(StockStructureCharts.buildAge(Map.of()), "党员人数")).hasSize(8).containsOnly(0.0);
        assertThat(StockStructureCharts.buildSex(Map.of()).getSeriesMap().keySet()).containsExactly("暂无数据");
    }
}
