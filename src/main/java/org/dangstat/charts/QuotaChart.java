package org.dangstat.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.dangstat.core.TargetStatus;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Per branch: the year's new members against the branch quota (名额). Stacked bars: developed
 * within quota, developed above quota (计划外发展, purple) and quota still open (light).
 * Branches sorted by developed, then quota, descending; above {@value #MAX_BRANCHES} branches
 * only the top ones are drawn and the title says so.
 */
public final class QuotaChart {

    public static final String NAME = "quota_vs_developed";
    static final int MAX_BRANCHES = 60;
    static final String WITHIN = "计划内发展";
    static final String OVER = TargetStatus.OVER.label();
    static final String OPEN = "未完成名额";

    /** One branch: name as shown, quota (0 = none) and new members developed this year. */
    public record Branch(String name, int quota, int developed) {
        public Branch {
            Objects.requireNonNull(name, "name");
            if (quota < 0 || developed < 0) {
                throw new IllegalArgumentException("negative quota or developed for " + name);
            }
        }
    }

    private QuotaChart() {
    }

    public static ChartFile render(List<Branch> branches, Path dir) {
        return ChartTheme.write(build(branches), NAME, dir);
    }

    static List<Branch> sorted(List<Branch> branches) {
        List<Branch> sorted = new ArrayList<>(branches);
        sorted.sort(Comparator.comparingInt(Branch::developed).reversed()
                .thenComparing(Comparator.comparingInt(Branch::quota).reversed())
                .thenComparing(Branch::name));
        return sorted;
    }

    static int width(int shown) {
        return shown <= 20 ? ChartTheme.WIDTH : 1400;
    }

    static int height(int shown) {
        return shown <= 20 ? ChartTheme.HEIGHT : 800;
    }

    static CategoryChart build(List<Branch> branches) {
        List<Branch> all = sorted(branches);
        List<Branch> shown = all.size() > MAX_BRANCHES ? all.subList(0, MAX_BRANCHES) : all;
        int developed = all.stream().mapToInt(Branch::developed).sum();
        int quota = all.stream().mapToInt(Branch::quota).sum();
        String title = "各支部发展党员与计划名额（共" + all.size() + "个支部，计划" + quota + "名，已发展" + developed + "名）";
        if (all.size() > MAX_BRANCHES) {
            title = "各支部发展党员与计划名额（发展最多的前" + MAX_BRANCHES + "个支部，共" + all.size() + "个）";
        }
        CategoryChart chart = ChartTheme.categoryChart(title, null, "人数", width(shown.size()), height(shown.size()));
        CategoryStyler styler = chart.getStyler();
        styler.setStacked(true);
        styler.setAvailableSpaceFill(shown.size() > 30 ? 0.8 : 0.6);
        if (shown.size() > 12) {
            styler.setXAxisLabelRotation(shown.size() > 24 ? 90 : 45);
        }

        List<String> names = new ArrayList<>();
        List<Integer> within = new ArrayList<>();
        List<Integer> over = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (Branch b : shown) {
            names.add(b.name());
            within.add(Math.min(b.developed(), b.quota()));
            over.add(Math.max(0, b.developed() - b.quota()));
            open.add(Math.max(0, b.quota() - b.developed()));
        }
        if (names.isEmpty()) {
            names.add(ChartTheme.NO_DATA);
            within.add(0);
            over.add(0);
            open.add(0);
        }
        CategorySeries w = chart.addSeries(WITHIN, names, within);
        w.setFillColor(ChartTheme.NEUTRAL);
        CategorySeries o = chart.addSeries(OVER, names, over);
        o.setFillColor(ChartTheme.OVER);
        CategorySeries q = chart.addSeries(OPEN, names, open);
        q.setFillColor(ChartTheme.NEUTRAL_LIGHT);
        int max = shown.stream().mapToInt(b -> Math.max(b.quota(), b.developed())).max().orElse(0);
        styler.setYAxisMax(ChartTheme.countAxisMax(max));
        return chart;
    }
}
