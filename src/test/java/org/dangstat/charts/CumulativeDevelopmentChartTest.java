package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.charts.ChartAssertions.assertWritten;
import static org.dangstat.charts.ChartAssertions.d;
import static org.dangstat.charts.ChartAssertions.seriesNames;
import static org.dangstat.charts.ChartAssertions.xs;
import static org.dangstat.charts.ChartAssertions.ys;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;

class CumulativeDevelopmentChartTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void twoQuartersAgainstThePace() throws Exception {
        CumulativeDevelopmentChart.Progress progress = new CumulativeDevelopmentChart.Progress(2026, 25, List.of(
                new CumulativeDevelopmentChart.QuarterPoint(1, 4),
                new CumulativeDevelopmentChart.QuarterPoint(2, 11)));
        ChartFile file = CumulativeDevelopmentChart.render(progress, dir);
        assertWritten(file, "cumulative_development", 1000, 600);
        ChartAssertions.preview(file, "");
        CategoryChart chart = CumulativeDevelopmentChart.build(progress);
        assertThat(seriesNames(chart)).containsExactly("累计发展", "计划进度");
        assertThat(xs(chart, "累计发展")).containsExactly("第一季度", "第二季度", "第三季度", "第四季度");
        assertThat(ys(chart, "累计发展")).isEqualTo(Arrays.asList(4.0, 11.0, null, null));
        assertThat(ys(chart, "计划进度")).isEqualTo(d(6.25, 12.5, 18.75, 25));
    }

    @Test
    void noQuarterYetAndNoPlan() throws Exception {
        CumulativeDevelopmentChart.Progress progress = new CumulativeDevelopmentChart.Progress(2026, 0, List.of());
        assertWritten(CumulativeDevelopmentChart.render(progress, dir), "cumulative_development", 1000, 600);
        assertThat(ys(CumulativeDevelopmentChart.build(progress), "计划进度")).isEqualTo(d(0, 0, 0, 0));
    }

    @Test
    void fullYear() throws Exception {
        CumulativeDevelopmentChart.Progress progress = new CumulativeDevelopmentChart.Progress(2026, 8, List.of(
                new CumulativeDevelopmentChart.QuarterPoint(1, 0), new CumulativeDevelopmentChart.QuarterPoint(2, 2),
                new CumulativeDevelopmentChart.QuarterPoint(3, 5), new CumulativeDevelopmentChart.QuarterPoint(4, 9)));
        assertWritten(CumulativeDevelopmentChart.render(progress, dir), "cumulative_development", 1000, 600);
        assertThat(ys(CumulativeDevelopmentChart.build(progress), "累计发展")).isEqualTo(d(0, 2, 5, 9));
    }
}
