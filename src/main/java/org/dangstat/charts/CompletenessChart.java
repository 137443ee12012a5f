package org.dangstat.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangstat.core.SubmissionStatus;
import org.knowm.xchart.CategoryChart;

/**
 * Per 党总支 (or branch group): stacked bars of branches accepted / rejected / missing; branches
 * accepted after the plan's deadline (period-checks.md §4) get a bar of their own, 逾期接收.
 */
public final class CompletenessChart {

    public static final String NAME = "submission_completeness";
    static final String ACCEPTED = SubmissionStatus.ACCEPTED.label();
    static final String REJECTED = SubmissionStatus.REJECTED.label();
    static final String MISSING = SubmissionStatus.MISSING.label();
    static final String LATE = "逾期接收";

    /** One group of branches and how their submissions for the period stand. */
    public record Group(String name, int accepted, int rejected, int missing, int late) {
        public Group {
            Objects.requireNonNull(name, "name");
            if (accepted < 0 || rejected < 0 || missing < 0 || late < 0 || late > accepted) {
                throw new IllegalArgumentException("negative count for " + name);
            }
        }

        /** No deadline judged: none late. */
        public Group(String name, int accepted, int rejected, int missing) {
            this(name, accepted, rejected, missing, 0);
        }

        public int expected() {
            return accepted + rejected + missing;
        }
    }

    private CompletenessChart() {
    }

    public static ChartFile render(List<Group> groups, Path dir) {
        return ChartTheme.write(build(groups), NAME, dir);
    }

    static int width(int groups) {
        return groups <= 20 ? ChartTheme.WIDTH : 1400;
    }

    static int height(int groups) {
        return groups <= 20 ? ChartTheme.HEIGHT : 800;
    }

    static CategoryChart build(List<Group> groups) {
        int expected = groups.stream().mapToInt(Group::expected).sum();
        int accepted = groups.stream().mapToInt(Group::accepted).sum();
        int late = groups.stream().mapToInt(Group::late).sum();
        String title = "各党总支报送情况（应报" + expected + "个支部，已接收" + accepted + "个"
            + (late > 0 ? "，其中逾期" + late + "个" : "") + "）";
        CategoryChart chart = ChartTheme.categoryChart(title, null, "支部数", width(groups.size()), height(groups.size()));
        chart.getStyler().setStacked(true);
        chart.getStyler().setAvailableSpaceFill(0.6);
        if (groups.size() > 10) {
            chart.getStyler().setXAxisLabelRotation(groups.size() > 24 ? 90 : 45);
        }
        List<String> names = new ArrayList<>();
        List<Integer> a = new ArrayList<>();
        List<Integer> r = new ArrayList<>();
        List<Integer> m = new ArrayList<>();
        List<Integer> l = new ArrayList<>();
        for (Group g : groups) {
            names.add(g.name());
            a.add(g.accepted() - g.late());
            l.add(g.late());
            r.add(g.rejected());
            m.add(g.missing());
        }
        if (names.isEmpty()) {
            names.add(ChartTheme.NO_DATA);
            a.add(0);
            r.add(0);
            m.add(0);
            l.add(0);
        }
        chart.addSeries(ACCEPTED, names, a).setFillColor(ChartTheme.color(SubmissionStatus.ACCEPTED.colour()));
        if (late > 0) {
            chart.addSeries(LATE, names, l).setFillColor(ChartTheme.LATE);
        }
        chart.addSeries(REJECTED, names, r).setFillColor(ChartTheme.color(SubmissionStatus.REJECTED.colour()));
        chart.addSeries(MISSING, names, m).setFillColor(ChartTheme.color(SubmissionStatus.MISSING.colour()));
        int max = groups.stream().mapToInt(Group::expected).max().orElse(0);
        chart.getStyler().setYAxisMax(ChartTheme.countAxisMax(max));
        return chart;
    }
}
