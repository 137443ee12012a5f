package org.dangstat.charts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.style.PieStyler;

/**
 * Structure of all members at the period end: age bands (as in the national statistical
 * bulletin), education, occupation and sex.
 */
public final class StockStructureCharts {

    public static final String AGE = "stock_age";
    public static final String EDUCATION = "stock_education";
    public static final String OCCUPATION = "stock_occupation";
    public static final String SEX = "stock_sex";

    /** Age bands of the 党内统计公报, in order. */
    public static final List<String> AGE_BANDS = List.of(
            "30岁及以下", "31-35岁", "36-40岁", "41-45岁", "46-50岁", "51-55岁", "56-60岁", "61岁及以上");
    public static final List<String> EDUCATION_LEVELS = List.of(
            "研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下");
    public static final List<String> OCCUPATIONS = List.of(
            "工人", "农牧渔民", "专业技术人员", "管理人员", "党政机关工作人员", "学生", "离退休人员", "其他职业人员");
    public static final List<String> SEXES = List.of("男", "女");

    static final String SERIES = "党员人数";

    /** Ordered label → member count maps (labels as shown; missing standard labels count 0). */
    public record Stock(Map<String, Integer> age, Map<String, Integer> education,
                        Map<String, Integer> occupation, Map<String, Integer> sex) {
        public Stock {
            age = copy(age);
            education = copy(education);
            occupation = copy(occupation);
            sex = copy(sex);
        }
    }

    private static Map<String, Integer> copy(Map<String, Integer> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private StockStructureCharts() {
    }

    /** All four charts: age, education, occupation, sex. */
    public static List<ChartFile> render(Stock stock, Path dir) {
        return List.of(renderAge(stock.age(), dir), renderEducation(stock.education(), dir),
                renderOccupation(stock.occupation(), dir), renderSex(stock.sex(), dir));
    }

    public static ChartFile renderAge(Map<String, Integer> counts, Path dir) {
        return ChartTheme.write(buildAge(counts), AGE, dir);
    }

    public static ChartFile renderEducation(Map<String, Integer> counts, Path dir) {
        return ChartTheme.write(buildEducation(counts), EDUCATION, dir);
    }

    public static ChartFile renderOccupation(Map<String, Integer> counts, Path dir) {
        return ChartTheme.write(buildOccupation(counts), OCCUPATION, dir);
    }

    public static ChartFile renderSex(Map<String, Integer> counts, Path dir) {
        return ChartTheme.write(buildSex(counts), SEX, dir);
    }

    static CategoryChart buildAge(Map<String, Integer> counts) {
        return bars("党员年龄结构", "年龄", ordered(AGE_BANDS, counts));
    }

    static CategoryChart buildEducation(Map<String, Integer> counts) {
        return bars("党员学历结构", "学历", ordered(EDUCATION_LEVELS, counts));
    }

    static CategoryChart buildOccupation(Map<String, Integer> counts) {
        return bars("党员职业结构", "工作岗位", ordered(OCCUPATIONS, counts));
    }

    static PieChart buildSex(Map<String, Integer> counts) {
        Map<String, Integer> ordered = ordered(SEXES, counts);
        int total = total(ordered);
        PieChart chart = ChartTheme.pieChart(title("党员性别结构", total), ChartTheme.WIDTH, ChartTheme.HEIGHT);
        PieStyler styler = chart.getStyler();
        styler.setLabelType(PieStyler.LabelType.NameAndPercentage);
        styler.setDecimalPattern("0.0");
        styler.setLabelsDistance(0.6);
        styler.setLabelsFontColor(java.awt.Color.WHITE);
        styler.setSeriesColors(new java.awt.Color[] {ChartTheme.NEUTRAL, ChartTheme.PALETTE[1], ChartTheme.PALETTE[6]});
        styler.setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
        styler.setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Vertical);
        if (total == 0) {
            chart.addSeries(ChartTheme.NO_DATA, 1).setFillColor(ChartTheme.GRID);
            styler.setLabelType(PieStyler.LabelType.Name);
            styler.setLabelsFontColor(ChartTheme.TEXT);
            return chart;
        }
        for (Map.Entry<String, Integer> e : ordered.entrySet()) {
            if (e.getValue() > 0) {
                chart.addSeries(e.getKey() + "：" + e.getValue() + "名", e.getValue());
            }
        }
        return chart;
    }

    /** Standard labels first (missing ones 0), then any other labels in the caller's order. */
    static Map<String, Integer> ordered(List<String> standard, Map<String, Integer> counts) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (String label : standard) {
            result.put(label, counts.getOrDefault(label, 0));
        }
        counts.forEach(result::putIfAbsent);
        return result;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String title(String base, int total) {
        return base + "（共" + total + "名党员）";
    }

    private static CategoryChart bars(String title, String axis, Map<String, Integer> counts) {
        int total = total(counts);
        CategoryChart chart = ChartTheme.categoryChart(title(title, total), axis, "人数",
                ChartTheme.WIDTH, ChartTheme.HEIGHT);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setAvailableSpaceFill(0.6);
        if (counts.size() > 8) {
            chart.getStyler().setXAxisLabelRotation(45);
        }
        List<String> labels = new ArrayList<>(counts.keySet());
        List<Integer> values = new ArrayList<>(counts.values());
        CategorySeries s = chart.addSeries(SERIES, labels, values);
        s.setFillColor(ChartTheme.NEUTRAL);
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(0);
        chart.getStyler().setYAxisMax(ChartTheme.countAxisMax(max * 1.05));
        for (int i = 0; i < values.size() && total > 0; i++) {
            ChartTheme.labelAbove(chart, i, values.get(i) + Math.max(max, 1) * 0.04,
                    values.get(i) + "（" + ChartTheme.percent(values.get(i) / (double) total) + "）");
        }
        return chart;
    }
}
