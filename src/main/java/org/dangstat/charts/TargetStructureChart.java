package org.dangstat.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dangstat.core.TargetStatus;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Structure of the year's new members against each target: one bar per indicator (the actual
 * share) coloured by status, and a black tick at the target ("目标").
 */
public final class TargetStructureChart {

    public static final String NAME = "new_member_structure";
    static final String TARGET = "目标";
    static final String NO_TARGET = "无目标";

    /**
     * One indicator.
     *
     * @param label  e.g. {@code 女性} or {@code 35岁以下（约50%）}
     * @param actual share 0..1, null when there is no new member (denominator 0)
     * @param target share 0..1 of the target, null when none
     * @param status status against the target, null when none
     */
    public record Indicator(String label, Double actual, Double target, TargetStatus status) {
        public Indicator {
            Objects.requireNonNull(label, "label");
        }
    }

    private TargetStructureChart() {
    }

    public static ChartFile render(List<Indicator> indicators, Path dir) {
        return ChartTheme.write(build(indicators), NAME, dir);
    }

    /** Legend text of a status series. */
    static String seriesName(TargetStatus status) {
        return status == null ? NO_TARGET : status.label();
    }

    static CategoryChart build(List<Indicator> indicators) {
        CategoryChart chart = ChartTheme.categoryChart("新发展党员结构与目标（黑色横线为目标值）", null, "占新发展党员比例",
                ChartTheme.WIDTH, ChartTheme.HEIGHT);
        CategoryStyler styler = chart.getStyler();
        styler.setOverlapped(true);
        styler.setAvailableSpaceFill(0.55);
        styler.setYAxisDecimalPattern("0%");
        styler.setYAxisMax(1.0);
        styler.setMarkerSize(12);
        if (indicators.size() > 8) {
            styler.setXAxisLabelRotation(45);
        }

        List<String> labels = new ArrayList<>();
        for (Indicator i : indicators) {
            labels.add(i.label());
        }
        if (labels.isEmpty()) {
            labels.add(ChartTheme.NO_DATA);
        }
        // one series per status present, in a fixed order, so that bars take the status colour
        Map<TargetStatus, List<Double>> byStatus = new LinkedHashMap<>();
        List<Double> noTarget = new ArrayList<>();
        boolean anyNoTarget = false;
        for (TargetStatus s : TargetStatus.values()) {
            if (indicators.stream().anyMatch(i -> i.status() == s && i.actual() != null)) {
                byStatus.put(s, new ArrayList<>());
            }
        }
        List<Double> targets = new ArrayList<>();
        for (Indicator i : indicators) {
            for (Map.Entry<TargetStatus, List<Double>> e : byStatus.entrySet()) {
                e.getValue().add(e.getKey() == i.status() ? i.actual() : null);
            }
            boolean plain = i.status() == null && i.actual() != null;
            anyNoTarget |= plain;
            noTarget.add(plain ? i.actual() : null);
            targets.add(i.target());
        }
        for (Map.Entry<TargetStatus, List<Double>> e : byStatus.entrySet()) {
            CategorySeries s = chart.addSeries(seriesName(e.getKey()), labels, e.getValue());
            s.setFillColor(ChartTheme.statusColor(e.getKey()));
        }
        if (anyNoTarget || byStatus.isEmpty()) {
            if (noTarget.isEmpty()) {
                noTarget.add(0.0);
            }
            CategorySeries s = chart.addSeries(NO_TARGET, labels, noTarget);
            s.setFillColor(ChartTheme.NEUTRAL);
        }
        if (targets.stream().anyMatch(Objects::nonNull)) {
            CategorySeries t = chart.addSeries(TARGET, labels, targets);
            t.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
            t.setMarker(new TargetMarker());
            t.setMarkerColor(ChartTheme.TARGET);
            t.setShowInLegend(false);
        }
        for (int i = 0; i < indicators.size(); i++) {
            Double actual = indicators.get(i).actual();
            Double target = indicators.get(i).target();
            double top = Math.max(actual == null ? 0 : actual, target == null ? 0 : target);
            ChartTheme.labelAbove(chart, i, top + 0.04, actual == null ? "无新发展党员" : ChartTheme.percent(actual));
        }
        return chart;
    }
}
