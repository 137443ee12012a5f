package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.charts.ChartAssertions.assertWritten;
import static org.dangstat.charts.ChartAssertions.seriesNames;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class PipelineFunnelChartTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    static final List<PipelineFunnelChart.Stage> STAGES = List.of(
            new PipelineFunnelChart.Stage("入党申请人", 180),
            new PipelineFunnelChart.Stage("入党积极分子", 96),
            new PipelineFunnelChart.Stage("发展对象", 30),
            new PipelineFunnelChart.Stage("预备党员", 24),
            new PipelineFunnelChart.Stage("正式党员", 1310));

    @Test
    void stagesTopToBottom() throws Exception {
        List<PipelineFunnelChart.Stage> stages = STAGES.subList(0, 4);
        ChartFile file = PipelineFunnelChart.render(stages, dir);
        assertWritten(file, "pipeline_funnel", 1000, 600);
        ChartAssertions.preview(file, "");
        XYChart chart = PipelineFunnelChart.build(stages);
        assertThat(seriesNames(chart)).containsExactly("入党申请人", "入党积极分子", "发展对象", "预备党员");
        assertThat(chart.getSeriesMap().values()).extracting(PipelineFunnelChart::count).containsExactly(180, 96, 30, 24);
        // the first stage is drawn at the top
        assertThat(chart.getSeriesMap().get("入党申请人").getYData()[0])
                .isGreaterThan(chart.getSeriesMap().get("预备党员").getYData()[0]);
    }

    @Test
    void fiveStagesWithALargeLastOne() throws Exception {
        ChartFile file = PipelineFunnelChart.render(STAGES, dir);
        assertWritten(file, "pipeline_funnel", 1000, 600);
        ChartAssertions.preview(file, "_5");
        assertThat(PipelineFunnelChart.build(STAGES).getSeriesMap().get("正式党员")).extracting(PipelineFunnelChart::count)
                .isEqualTo(1310);
    }

    @Test
    void emptyAndZero() throws Exception {
        assertWritten(PipelineFunnelChart.render(List.of(), dir), "pipeline_funnel", 1000, 600);
        List<PipelineFunnelChart.Stage> zero = List.of(new PipelineFunnelChart.Stage("入党申请人", 0));
        assertWritten(PipelineFunnelChart.render(zero, dir), "pipeline_funnel", 1000, 600);
        assertThat(PipelineFunnelChart.build(zero).getSeriesMap().values())
                .extracting(PipelineFunnelChart::count).containsExactly(0);
    }
}
