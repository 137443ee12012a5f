package org.dangstat.charts;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The development pipeline as a funnel: one centred horizontal bar per stage (申请人 → 积极分子 →
 * 发展对象 → 预备党员 → 正式党员), top to bottom, width proportional to the count.
 */
public final class PipelineFunnelChart {

    public static final String NAME = "pipeline_funnel";
    /** The usual stage labels, top to bottom. */
    public static final List<String> STAGES = List.of("入党申请人", "入党积极分子", "发展对象", "预备党员", "正式党员");
    static final double BAR_HEIGHT = 0.8;

    /** One stage and its head count. */
    public record Stage(String label, int count) {
        public Stage {
            Objects.requireNonNull(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + label);
            }
        }
    }

    private PipelineFunnelChart() {
    }

    public static ChartFile render(List<Stage> stages, Path dir) {
        return ChartTheme.write(build(stages), NAME, dir);
    }

    /** Series per stage (named by the stage), each a closed rectangle; x = ±count/2, stage i at y = n−1−i. */
    static XYChart build(List<Stage> stages) {
        XYChart chart = ChartTheme.xyChart("发展党员工作各阶段人数", ChartTheme.WIDTH, ChartTheme.HEIGHT);
        XYStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setAxisTicksVisible(false);
        styler.setPlotGridLinesVisible(false);
        styler.setAxisTitlesVisible(false);
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        styler.setAnnotationTextFont(ChartTheme.font(Font.BOLD, 15f));
        int n = stages.size();
        int max = stages.stream().mapToInt(Stage::count).max().orElse(0);
        double half = Math.max(max, 1) / 2.0;
        // the stage labels sit left of the widest bar
        styler.setXAxisMin(-half * 1.6);
        styler.setXAxisMax(half * 1.05);
        styler.setYAxisMin(-0.6);
        styler.setYAxisMax(Math.max(n, 1) - 0.4);
        if (n == 0) {
            XYSeries s = chart.addSeries(ChartTheme.NO_DATA, new double[] {0}, new double[] {0});
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(ChartTheme.INVISIBLE);
            s.setFillColor(ChartTheme.INVISIBLE);
            chart.addAnnotation(new AnnotationText(ChartTheme.NO_DATA, 0, 0, false));
            return chart;
        }
        for (int i = 0; i < n; i++) {
            Stage stage = stages.get(i);
            double y = n - 1 - i;
            double w = stage.count() / 2.0;
            double top = y + BAR_HEIGHT / 2;
            double bottom = y - BAR_HEIGHT / 2;
            XYSeries s = chart.addSeries(stage.label(),
                    new double[] {-w, w, w, -w, -w},
                    new double[] {bottom, bottom, top, top, bottom});
            Color color = ChartTheme.PALETTE[0];
            s.setFillColor(shade(color, i, n));
            s.setLineColor(shade(color, i, n));
            s.setMarker(SeriesMarkers.NONE);
            chart.addAnnotation(new AnnotationText(stage.label(), -half * 1.3, y, false));
            String text = stage.count() + "人";
            if (i > 0 && stages.get(i - 1).count() > 0 && stage.count() <= stages.get(i - 1).count()) {
                text += "（上一阶段的" + Math.round(100.0 * stage.count() / stages.get(i - 1).count()) + "%）";
            }
            chart.addAnnotation(new AnnotationText(text, 0, y, false));
        }
        return chart;
    }

    /** The data of stage series: its count is the rectangle's width. */
    static int count(XYSeries series) {
        double[] x = series.getXData();
        return (int) Math.round(x[1] - x[0]);
    }

    /** Light tints of one hue, darker towards the bottom (full members). */
    private static Color shade(Color base, int i, int n) {
        double t = n <= 1 ? 0.5 : 0.75 - 0.5 * i / (n - 1);
        return new Color(mix(base.getRed(), t), mix(base.getGreen(), t), mix(base.getBlue(), t));
    }

    private static int mix(int c, double t) {
        return (int) Math.round(c + (255 - c) * t);
    }
}
