package org.dangstat.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dangstat.core.Colour;
import org.dangstat.core.TargetStatus;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;

/** The one look of all charts: CJK fonts, sizes, a print-friendly palette on white. */
final class ChartTheme {

    static final int WIDTH = 1000;
    static final int HEIGHT = 600;

    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x21, 0x21, 0x21);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color AXIS = new Color(0x75, 0x75, 0x75);

    static final Color MET = color(TargetStatus.MET.colour());
    static final Color NEAR = color(TargetStatus.NEAR.colour());
    static final Color MISSED = color(TargetStatus.MISSED.colour());
    static final Color OVER = color(TargetStatus.OVER.colour());
    /** Accepted, but after the deadline: a lighter green, still counted as received. */
    static final Color LATE = new Color(0x9C, 0xCC, 0x65);
    /** Series without a status (counts, structure). */
    static final Color NEUTRAL = new Color(0x1F, 0x5A, 0x99);
    /** Secondary neutral (plans, remaining quota, totals). */
    static final Color NEUTRAL_LIGHT = new Color(0xA9, 0xC1, 0xDC);
    static final Color TARGET = new Color(0x21, 0x21, 0x21);
    static final Color INVISIBLE = new Color(255, 255, 255, 0);

    /** Categorical palette for pies and funnels, dark to light blue then a warm accent. */
    static final Color[] PALETTE = {
            NEUTRAL, new Color(0xD8, 0x4B, 0x6B), new Color(0x3C, 0x8D, 0xC4), new Color(0xF0, 0x8A, 0x24),
            new Color(0x5E, 0xA6, 0x5A), new Color(0x8E, 0x6C, 0xB8), new Color(0x7F, 0x7F, 0x7F), new Color(0xB5, 0x8B, 0x4C)};

    static final String NO_DATA = "暂无数据";

    private ChartTheme() {
    }

    static Color statusColor(TargetStatus status) {
        return status == null ? NEUTRAL : color(status.colour());
    }

    /** The project's palette colour as AWT wants it. */
    static Color color(Colour c) {
        return new Color(c.rgb());
    }

    static Font font(int style, float size) {
        return CjkFont.detect().font(style, size);
    }

    static CategoryChart categoryChart(String title, String xTitle, String yTitle, int width, int height) {
        CategoryChart chart = new CategoryChart(width, height);
        chart.setTitle(title);
        chart.setXAxisTitle(xTitle == null ? "" : xTitle);
        chart.setYAxisTitle(yTitle == null ? "" : yTitle);
        CategoryStyler styler = chart.getStyler();
        applyAxes(styler);
        styler.setXAxisTitleVisible(xTitle != null);
        styler.setYAxisTitleVisible(yTitle != null);
        styler.setAvailableSpaceFill(0.7);
        styler.setLabelsFont(font(Font.PLAIN, 12f));
        styler.setLabelsFontColor(TEXT);
        styler.setLabelsFontColorAutomaticEnabled(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setYAxisMin(0.0);
        return chart;
    }

    static XYChart xyChart(String title, int width, int height) {
        XYChart chart = new XYChart(width, height);
        chart.setTitle(title);
        applyAxes(chart.getStyler());
        return chart;
    }

    static PieChart pieChart(String title, int width, int height) {
        PieChart chart = new PieChart(width, height);
        chart.setTitle(title);
        apply(chart.getStyler());
        chart.getStyler().setLabelsFont(font(Font.PLAIN, 15f));
        chart.getStyler().setLabelsFontColor(TEXT);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setSliceBorderWidth(2);
        chart.getStyler().setPlotBorderVisible(false);
        chart.getStyler().setSeriesColors(PALETTE);
        return chart;
    }

    static void apply(Styler styler) {
        styler.setBaseFont(font(Font.PLAIN, 12f));
        styler.setChartBackgroundColor(BACKGROUND);
        styler.setPlotBackgroundColor(BACKGROUND);
        styler.setPlotBorderColor(AXIS);
        styler.setChartFontColor(TEXT);
        styler.setChartTitleFont(font(Font.BOLD, 20f));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitlePadding(10);
        styler.setChartPadding(14);
        styler.setLegendFont(font(Font.PLAIN, 13f));
        styler.setLegendBackgroundColor(BACKGROUND);
        styler.setLegendBorderColor(GRID);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setAnnotationTextFont(font(Font.PLAIN, 12f));
        styler.setAnnotationTextFontColor(TEXT);
        styler.setToolTipsEnabled(false);
        styler.setAntiAlias(true);
        styler.setSeriesColors(PALETTE);
    }

    static void applyAxes(AxesChartStyler styler) {
        apply(styler);
        styler.setAxisTitleFont(font(Font.PLAIN, 14f));
        styler.setAxisTickLabelsFont(font(Font.PLAIN, 12f));
        styler.setAxisTickLabelsColor(TEXT);
        styler.setAxisTickMarksColor(AXIS);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(0.8f));
        styler.setPlotBorderVisible(false);
        styler.setAxisTicksLineVisible(true);
        styler.setYAxisDecimalPattern("#,##0");
    }

    /** Writes {@code <name>.png} and {@code <name>.svg} into {@code dir}. */
    static ChartFile write(Chart<?, ?> chart, String name, Path dir) {
        try {
            Files.createDirectories(dir);
            Path png = dir.resolve(name + ".png");
            Path svg = dir.resolve(name + ".svg");
            chooseFont(chart, name);
            PngFile.write(BitmapEncoder.getBufferedImage(chart), png);
            VectorGraphicsEncoder.saveVectorGraphic(chart, svg.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            SvgFonts.rewrite(svg);
            return new ChartFile(name, chart.getTitle(), png, svg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + name + " to " + dir, e);
        }
    }

    /**
     * The bundled font, or an installed one when a label has a character the bundled one lacks;
     * a warning when no font can draw them (the chart is still written).
     */
    private static void chooseFont(Chart<?, ?> chart, String name) {
        CjkFont fonts = CjkFont.detect();
        List<String> texts = ChartText.of(chart);
        fonts.familyFor(texts).ifPresentOrElse(family -> {
            if (!family.equals(fonts.family())) {
                ChartText.useFamily(chart.getStyler(), family);
            }
        }, () -> fonts.warningFor(name, texts).ifPresent(w -> System.err.println("警告 " + w)));
    }

    /** Upper axis bound for counts: never 0 (XChart cannot draw an empty range). */
    static double countAxisMax(double max) {
        if (max <= 0) {
            return 1.0;
        }
        return Math.ceil(max * 1.1);
    }

    /** Text centred above category {@code index} of a category chart at value {@code y}. */
    static void labelAbove(CategoryChart chart, int index, double y, String text) {
        // XChart maps category annotations half a category to the left of the category centre
        chart.addAnnotation(new org.knowm.xchart.AnnotationText(text, index + 0.5, y, false));
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
