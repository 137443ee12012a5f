package org.dangstat.charts;

import java.nio.file.Path;

/**
 * One chart written to disk: the same picture as PNG (for the report) and SVG (for print).
 *
 * @param name  file base name, e.g. {@code quota_vs_developed}
 * @param title the chart's Chinese title
 * @param png   the PNG file
 * @param svg   the SVG file
 */
public record ChartFile(String name, String title, Path png, Path svg) {
}
