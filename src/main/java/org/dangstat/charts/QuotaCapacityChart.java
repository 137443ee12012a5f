package org.dangstat.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;

/**
 * The draft allocation per branch: quota (名额) beside capacity (可发展人数: 发展对象 and activists
 * ready in time). Side by side bars, branches by capacity then quota descending; above
 * {@value #MAX_BRANCHES} branches only the largest are drawn and the title says so. Lives here
 * rather than in the allocation package so it shares {@link ChartTheme}'s look.
 */
public final class QuotaCapacityChart {

    public static final String NAME = "quota_vs_capacity";
    static final int MAX_BRANCHES = 60;
    static final String CAPACITY = "可发展人数";
    static final String QUOTA = "分配名额";

    /** One branch: name as shown, capacity and quota. */
    public record Branch(String name, int capacity, int quota) {
        public Branch {
            Objects.requireNonNull(name, "name");
            if (capacity < 0 || quota < 0) {
                throw new IllegalArgumentException("negative capacity or quota for " + name);
            }
        }
    }

    private QuotaCapacityChart() {
    }

    public static ChartFile render(List<Branch> branches, Path dir) {
        return ChartTheme.write(build(branches), NAME, dir);
    }

    static CategoryChart build(List<Branch> branches) {
        List<Branch> all = new ArrayList<>(branches);
        all.sort(Comparator.comparingInt(Branch::capacity).reversed()
                .thenComparing(Comparator.comparingInt(Branch::quota).reversed())
                .thenComparing(Branch::name));
        List<Branch> shown = all.size() > MAX_BRANCHES ? all.subList(0, MAX_BRANCHES) : all;
        int quota = all.stream().mapToInt(Branch::quota).sum();
        int capacity = all.stream().mapToInt(Branch::capacity).sum();
        String title = all.size() > MAX_BRANCHES
                ? "各支部分配名额与可发展人数（可发展人数最多的前" + MAX_BRANCHES + "个支部，共" + all.size() + "个）"
                : "各支部分配名额与可发展人数（共" + all.size() + "个支部，名额" + quota + "名，可发展" + capacity + "名）";
        boolean wide = shown.size() > 20;
        CategoryChart chart = ChartTheme.categoryChart(title, null, "人数",
                wide ? 1400 : ChartTheme.WIDTH, wide ? 800 : ChartTheme.HEIGHT);
        CategoryStyler styler = chart.getStyler();
        styler.setOverlapped(false);
        if (shown.size() > 12) {
            styler.setXAxisLabelRotation(shown.size() > 24 ? 90 : 45);
        }
        List<String> names = new ArrayList<>();
        List<Integer> capacities = new ArrayList<>();
        List<Integer> quotas = new ArrayList<>();
        for (Branch b : shown) {
            names.add(b.name());
            capacities.add(b.capacity());
            quotas.add(b.quota());
        }
        if (names.isEmpty()) {
            names.add(ChartTheme.NO_DATA);
            capacities.add(0);
            quotas.add(0);
        }
        CategorySeries c = chart.addSeries(CAPACITY, names, capacities);
        c.setFillColor(ChartTheme.NEUTRAL_LIGHT);
        CategorySeries q = chart.addSeries(QUOTA, names, quotas);
        q.setFillColor(ChartTheme.NEUTRAL);
        int max = shown.stream().mapToInt(b -> Math.max(b.capacity(), b.quota())).max().orElse(0);
        styler.setYAxisMax(ChartTheme.countAxisMax(max));
        return chart;
    }
}
