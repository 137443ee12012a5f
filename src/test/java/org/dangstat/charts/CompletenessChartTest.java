package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.charts.ChartAssertions.assertWritten;
import static org.dangstat.charts.ChartAssertions.d;
import static org.dangstat.charts.ChartAssertions.seriesNames;
import static org.dangstat.charts.ChartAssertions.xs;
import static org.dangstat.charts.ChartAssertions.ys;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

class CompletenessChartTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void stackedByStatus() throws Exception {
        List<CompletenessChart.Group> groups = List.of(
                new CompletenessChart.Group("机关党总支", 8, 1, 0),
                new CompletenessChart.Group("农村第一党总支", 12, 2, 3),
                new CompletenessChart.Group("非公企业党总支", 5, 0, 4));
        ChartFile file = CompletenessChart.render(groups, dir);
        assertWritten(file, "submission_completeness", 1000, 600);
        ChartAssertions.preview(file, "");
        CategoryChart chart = CompletenessChart.build(groups);
        assertThat(seriesNames(chart)).containsExactly("已接收", "被退回", "未报送");
        assertThat(xs(chart, "已接收")).containsExactly("机关党总支", "农村第一党总支", "非公企业党总支");
        assertThat(ys(chart, "已接收")).isEqualTo(d(8, 12, 5));
        assertThat(ys(chart, "被退回")).isEqualTo(d(1, 2, 0));
        assertThat(ys(chart, "未报送")).isEqualTo(d(0, 3, 4));
        assertThat(chart.getTitle()).contains("应报35个", "已接收25个");
    }

    @Test
    void emptySingleAndMany() throws Exception {
        assertWritten(CompletenessChart.render(List.of(), dir), "submission_completeness", 1000, 600);
        assertWritten(CompletenessChart.render(List.of(new CompletenessChart.Group("党委", 1, 0, 0)), dir),
                "submission_completeness", 1000, 600);
        List<CompletenessChart.Group> many = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            many.add(new CompletenessChart.Group("第" + i + "党支部", i % 3 == 0 ? 1 : 0, i % 3 == 1 ? 1 : 0, i % 3 == 2 ? 1 : 0));
        }
        assertWritten(CompletenessChart.render(many, dir), "submission_completeness", 1400, 800);
        assertThat(xs(CompletenessChart.build(many), "未报送")).hasSize(400);
    }
}
