package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.charts.ChartAssertions.assertWritten;
import static org.dangstat.charts.ChartAssertions.d;
import static org.dangstat.charts.ChartAssertions.xs;
import static org.dangstat.charts.ChartAssertions.ys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

class QuotaChartTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    static List<QuotaChart.Branch> branches(int n) {
        List<QuotaChart.Branch> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new QuotaChart.Branch("第" + i + "村党支部", i % 4, (i * 7) % 5));
        }
        return list;
    }

    @Test
    void sortsByDevelopedAndSplitsOverQuota() throws Exception {
        List<QuotaChart.Branch> input = List.of(
                new QuotaChart.Branch("东村党支部", 2, 1),
                new QuotaChart.Branch("西村党支部", 1, 3),
                new QuotaChart.Branch("南村党支部", 0, 0),
                new QuotaChart.Branch("北村党支部", 2, 2));
        ChartFile file = QuotaChart.render(input, dir);
        assertWritten(file, "quota_vs_developed", 1000, 600);
        ChartAssertions.preview(file, "");

        CategoryChart chart = QuotaChart.build(input);
        assertThat(ChartAssertions.seriesNames(chart)).containsExactly("计划内发展", "计划外发展", "未完成名额");
        assertThat(xs(chart, "计划内发展")).containsExactly("西村党支部", "北村党支部", "东村党支部", "南村党支部");
        assertThat(ys(chart, "计划内发展")).isEqualTo(d(1, 2, 1, 0));
        assertThat(ys(chart, "计划外发展")).isEqualTo(d(2, 0, 0, 0));
        assertThat(ys(chart, "未完成名额")).isEqualTo(d(0, 0, 1, 0));
    }

    @Test
    void emptyData() throws Exception {
        ChartFile file = QuotaChart.render(List.of(), dir);
        assertWritten(file, "quota_vs_developed", 1000, 600);
        assertThat(xs(QuotaChart.build(List.of()), "计划外发展")).containsExactly("暂无数据");
    }

    @Test
    void singleBranch() throws Exception {
        List<QuotaChart.Branch> one = List.of(new QuotaChart.Branch("机关党支部", 3, 1));
        assertWritten(QuotaChart.render(one, dir), "quota_vs_developed", 1000, 600);
        assertThat(ys(QuotaChart.build(one), "未完成名额")).isEqualTo(d(2));
    }

    @Test
    void fortyBranchesAreAllShown() throws Exception {
        ChartFile file = QuotaChart.render(branches(40), dir);
        assertWritten(file, "quota_vs_developed", 1400, 800);
        ChartAssertions.preview(file, "_40");
        assertThat(QuotaChart.build(branches(40)).getSeriesMap().get("计划内发展").getXData()).hasSize(40);
    }

    @Test
    void fourHundredBranchesShowTheTopSixty() throws Exception {
        ChartFile file = QuotaChart.render(branches(400), dir);
        assertWritten(file, "quota_vs_developed", 1400, 800);
        ChartAssertions.preview(file, "_400");
        CategoryChart chart = QuotaChart.build(branches(400));
        assertThat(chart.getTitle()).contains("前60个", "共400个");
        assertThat(chart.getSeriesMap().get("计划内发展").getXData()).hasSize(60);
        int shownDeveloped = 0;
        for (String s : List.of("计划内发展", "计划外发展")) {
            shownDeveloped += chart.getSeriesMap().get(s).getYData().stream().mapToInt(Number::intValue).sum();
        }
        assertThat(shownDeveloped).isEqualTo(60 * 4); // top 60 all developed 4
    }
}
