package org.dangstat.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * New members developed, year to date at the end of each quarter (bars, only the quarters
 * available), against the plan's even pace planned_new × q / 4 (line).
 */
public final class CumulativeDevelopmentChart {

    public static final String NAME = "cumulative_development";
    static final List<String> QUARTERS = List.of("第一季度", "第二季度", "第三季度", "第四季度");
    static final String ACTUAL = "累计发展";
    static final String PACE = "计划进度";

    /** Members developed from 1 January to the end of {@code quarter} (1..4). */
    public record QuarterPoint(int quarter, int developedToDate) {
        public QuarterPoint {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
            }
            if (developedToDate < 0) {
                throw new IllegalArgumentException("negative count in quarter " + quarter);
            }
        }
    }

    /** The year's plan total and the quarters known so far. */
    public record Progress(int year, int plannedNew, List<QuarterPoint> quarters) {
        public Progress {
            quarters = List.copyOf(quarters);
        }
    }

    private CumulativeDevelopmentChart() {
    }

    public static ChartFile render(Progress progress, Path dir) {
        return ChartTheme.write(build(progress), NAME, dir);
    }

    static CategoryChart build(Progress progress) {
        CategoryChart chart = ChartTheme.categoryChart(
                progress.year() + "年发展党员累计进度（全年计划" + progress.plannedNew() + "名）",
                null, "人数", ChartTheme.WIDTH, ChartTheme.HEIGHT);
        chart.getStyler().setAvailableSpaceFill(0.5);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLabelsVisible(false);
        List<Integer> actual = new ArrayList<>(List.of(0, 0, 0, 0));
        List<Integer> given = new ArrayList<>();
        for (QuarterPoint q : progress.quarters()) {
            actual.set(q.quarter() - 1, q.developedToDate());
            given.add(q.quarter());
        }
        List<Double> pace = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            pace.add(progress.plannedNew() * q / 4.0);
        }
        List<Integer> bars = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            bars.add(given.contains(q) ? actual.get(q - 1) : null);
        }
        CategorySeries a = chart.addSeries(ACTUAL, QUARTERS, bars);
        a.setFillColor(ChartTheme.NEUTRAL);
        CategorySeries p = chart.addSeries(PACE, QUARTERS, pace);
        p.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        p.setLineColor(ChartTheme.NEAR);
        p.setMarkerColor(ChartTheme.NEAR);
        p.setMarker(SeriesMarkers.CIRCLE);
        p.setLineStyle(new java.awt.BasicStroke(3f, java.awt.BasicStroke.CAP_ROUND, java.awt.BasicStroke.JOIN_ROUND,
                10f, new float[] {10f, 6f}, 0f));
        int max = Math.max(progress.plannedNew(), bars.stream().filter(b -> b != null).mapToInt(Integer::intValue).max().orElse(0));
        chart.getStyler().setYAxisMax(ChartTheme.countAxisMax(max));
        for (int q = 1; q <= 4; q++) {
            if (bars.get(q - 1) != null) {
                ChartTheme.labelAbove(chart, q - 1, bars.get(q - 1) + Math.max(max, 1) * 0.04, bars.get(q - 1) + "名");
            }
        }
        return chart;
    }
}
