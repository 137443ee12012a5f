package org.dangstat.charts;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.AxesChartSeriesCategory;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;

/**
 * The words a chart shows that come from data (title, axis titles, series and category names:
 * org names among them), and a way to draw them all in another family when the bundled font
 * lacks one of their characters. Annotations are numbers and fixed labels the bundled font has.
 */
final class ChartText {

    private ChartText() {
    }

    static List<String> of(Chart<?, ?> chart) {
        List<String> texts = new ArrayList<>();
        texts.add(chart.getTitle());
        texts.add(chart.getXAxisTitle());
        texts.add(chart.getYAxisTitle());
        chart.getSeriesMap().forEach((name, series) -> {
            texts.add(name);
            if (series instanceof AxesChartSeriesCategory category && category.getXData() != null) {
                category.getXData().forEach(x -> texts.add(String.valueOf(x)));
            }
        });
        return texts;
    }

    /** Every font of the chart's styler in {@code family}, sizes and styles kept. */
    static void useFamily(Styler styler, String family) {
        swap(styler::getBaseFont, styler::setBaseFont, family);
        swap(styler::getChartTitleFont, styler::setChartTitleFont, family);
        swap(styler::getLegendFont, styler::setLegendFont, family);
        swap(styler::getAnnotationTextFont, styler::setAnnotationTextFont, family);
        if (styler instanceof AxesChartStyler axes) {
            swap(axes::getAxisTitleFont, axes::setAxisTitleFont, family);
            swap(axes::getAxisTickLabelsFont, axes::setAxisTickLabelsFont, family);
        }
        if (styler instanceof CategoryStyler category) {
            swap(category::getLabelsFont, category::setLabelsFont, family);
        }
        if (styler instanceof PieStyler pie) {
            swap(pie::getLabelsFont, pie::setLabelsFont, family);
        }
    }

    private static void swap(Supplier<Font> get, Consumer<Font> set, String family) {
        Font f = get.get();
        if (f != null) {
            set.accept(new Font(family, f.getStyle(), 1).deriveFont(f.getStyle(), f.getSize2D()));
        }
    }
}
