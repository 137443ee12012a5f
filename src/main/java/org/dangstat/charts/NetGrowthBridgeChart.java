package org.dangstat.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Waterfall from the members at the start of the year to those at the end: + 新发展, + 转入,
 * − each leaving reason (zeros skipped). XChart has no waterfall: an invisible stacked base
 * ("基数") carries the visible increase / decrease bars.
 */
public final class NetGrowthBridgeChart {

    public static final String NAME = "net_growth_bridge";
    static final String BASE = "基数";
    static final String TOTAL = "党员总数";
    static final String UP = "增加";
    static final String DOWN = "减少";
    static final String START = "年初党员";
    static final String END = "年末党员";

    /** A labelled count of people leaving (e.g. 转出 3). */
    public record Step(String label, int count) {
        public Step {
            Objects.requireNonNull(label, "label");
            if (count < 0) {
                throw new IllegalArgumentException("negative count for " + label);
            }
        }
    }

    /** Members at Y0, new members, transferred in, and the leavers per reason. End is derived. */
    public record Bridge(int membersStart, int newMembers, int transferredIn, List<Step> leaving) {
        public Bridge {
            leaving = List.copyOf(leaving);
        }

        public int membersEnd() {
            return membersStart + newMembers + transferredIn - leaving.stream().mapToInt(Step::count).sum();
        }
    }

    private NetGrowthBridgeChart() {
    }

    public static ChartFile render(Bridge bridge, Path dir) {
        return ChartTheme.write(build(bridge), NAME, dir);
    }

    static CategoryChart build(Bridge bridge) {
        int net = bridge.membersEnd() - bridge.membersStart();
        String title = "党员队伍增减情况（净" + (net >= 0 ? "增" : "减") + Math.abs(net) + "名）";
        List<String> labels = new ArrayList<>();
        List<Integer> base = new ArrayList<>();
        List<Integer> total = new ArrayList<>();
        List<Integer> up = new ArrayList<>();
        List<Integer> down = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int level = bridge.membersStart();
        add(labels, base, total, up, down, START, 0, level, 0, 0);
        texts.add(String.valueOf(level));
        for (Step s : List.of(new Step("新发展", bridge.newMembers()), new Step("转入", bridge.transferredIn()))) {
            if (s.count() > 0) {
                add(labels, base, total, up, down, s.label(), level, 0, s.count(), 0);
                texts.add("+" + s.count());
                level += s.count();
            }
        }
        for (Step s : bridge.leaving()) {
            if (s.count() > 0) {
                level -= s.count();
                add(labels, base, total, up, down, s.label(), Math.max(level, 0), 0, 0, s.count());
                texts.add("-" + s.count());
            }
        }
        add(labels, base, total, up, down, END, 0, bridge.membersEnd(), 0, 0);
        texts.add(String.valueOf(bridge.membersEnd()));

        // Stacked bars clip badly when the value axis does not start at 0, so the axis is zoomed
        // by shifting every bar down by `offset` and adding it back in the tick labels.
        int offset = offset(base, total, up, down);
        for (int i = 0; i < labels.size(); i++) {
            if (total.get(i) > 0) {
                total.set(i, total.get(i) - offset);
            } else {
                base.set(i, Math.max(base.get(i) - offset, 0));
            }
        }
        String axis = offset > 0 ? "人数（纵轴自" + offset + "起）" : "人数";
        CategoryChart chart = ChartTheme.categoryChart(title, null, axis, ChartTheme.WIDTH, ChartTheme.HEIGHT);
        chart.getStyler().setStacked(true);
        chart.getStyler().setAvailableSpaceFill(0.6);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> String.format("%,d", Math.round(v + offset)));
        if (labels.size() > 10) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
        CategorySeries b = chart.addSeries(BASE, labels, base);
        b.setFillColor(ChartTheme.INVISIBLE);
        b.setLineColor(ChartTheme.INVISIBLE);
        b.setShowInLegend(false);
        chart.addSeries(TOTAL, labels, total).setFillColor(ChartTheme.NEUTRAL);
        chart.addSeries(UP, labels, up).setFillColor(ChartTheme.MET);
        chart.addSeries(DOWN, labels, down).setFillColor(ChartTheme.MISSED);

        int high = 0;
        for (int i = 0; i < labels.size(); i++) {
            high = Math.max(high, base.get(i) + total.get(i) + up.get(i) + down.get(i));
        }
        chart.getStyler().setYAxisMax(ChartTheme.countAxisMax(high * 1.05));
        for (int i = 0; i < labels.size(); i++) {
            int top = base.get(i) + total.get(i) + up.get(i) + down.get(i);
            ChartTheme.labelAbove(chart, i, top + Math.max(high, 1) * 0.03, texts.get(i));
        }
        return chart;
    }

    /**
     * How far the value axis is shifted: when the changes are small next to the totals, the axis
     * starts somewhat below the lowest level reached (a multiple of 10), else at 0.
     */
    static int offset(List<Integer> base, List<Integer> total, List<Integer> up, List<Integer> down) {
        int high = 0;
        int low = Integer.MAX_VALUE;
        for (int i = 0; i < base.size(); i++) {
            int top = base.get(i) + total.get(i) + up.get(i) + down.get(i);
            high = Math.max(high, top);
            low = Math.min(low, total.get(i) > 0 ? top : base.get(i));
        }
        double span = Math.max(high - low, 1);
        return (int) Math.max(0, Math.floor((low - span * 1.5) / 10.0) * 10);
    }

    private static void add(List<String> labels, List<Integer> base, List<Integer> total, List<Integer> up,
                            List<Integer> down, String label, int b, int t, int u, int d) {
        labels.add(label);
        base.add(b);
        total.add(t);
        up.add(u);
        down.add(d);
    }
}
