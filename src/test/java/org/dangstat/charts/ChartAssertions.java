package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;

/** Shared checks of written charts. */
final class ChartAssertions {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartAssertions() {
    }

    static void headless() {
        // loading the class sets java.awt.headless
    }

    static void assertWritten(ChartFile file, String name, int width, int height) throws IOException {
        assertThat(file.name()).isEqualTo(name);
        assertThat(file.title()).isNotBlank();
        assertThat(file.png()).exists().hasFileName(name + ".png");
        assertThat(file.svg()).exists().hasFileName(name + ".svg");
        BufferedImage image = ImageIO.read(file.png().toFile());
        assertThat(image).as("PNG decodes").isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        String svg = Files.readString(file.svg(), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<?xml").contains("<svg");
        // one font list that Windows, macOS and Linux browsers all find a Chinese font in
        assertThat(svg).contains("font-family=\"'Noto Sans CJK SC'", "'Microsoft YaHei'", "'PingFang SC'",
                "'WenQuanYi Micro Hei'", "sans-serif\"");
        try {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertThat(factory.newDocumentBuilder().parse(file.svg().toFile()).getDocumentElement()
                    .getAttribute("font-family")).endsWith("sans-serif");
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new AssertionError("SVG is not well-formed XML", e);
        }
    }

    static List<String> seriesNames(Chart<?, ?> chart) {
        return List.copyOf(chart.getSeriesMap().keySet());
    }

    static <S extends Series> S series(Map<String, S> map, String name) {
        assertThat(map).containsKey(name);
        return map.get(name);
    }

    /** Category labels of a series. */
    static List<String> xs(CategoryChart chart, String series) {
        assertThat(chart.getSeriesMap()).containsKey(series);
        return chart.getSeriesMap().get(series).getXData().stream().map(String::valueOf).toList();
    }

    /** Values of a series as doubles (null stays null). */
    static List<Double> ys(CategoryChart chart, String series) {
        assertThat(chart.getSeriesMap()).containsKey(series);
        return chart.getSeriesMap().get(series).getYData().stream()
                .map(n -> n == null ? null : n.doubleValue()).toList();
    }

    static List<Double> d(double... values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    /** Copies the written files to target/chart-preview for a look by eye. */
    static void preview(ChartFile file, String suffix) throws IOException {
        Path dir = Path.of("target", "chart-preview");
        Files.createDirectories(dir);
        Files.copy(file.png(), dir.resolve(file.name() + suffix + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(file.svg(), dir.resolve(file.name() + suffix + ".svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
