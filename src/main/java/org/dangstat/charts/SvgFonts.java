package org.dangstat.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The font list of a chart's SVG. XChart draws text as outlines of the font it rendered with, so
 * an SVG reads the same in any browser without any font; the root element still names one list
 * ({@link CjkFont#SVG_FONT_FAMILIES}) in which browsers on Windows, macOS and Linux all find a
 * Chinese font, for any text element an editor (Inkscape, Illustrator) or a later XChart adds,
 * and any single family written by the encoder is replaced by it.
 */
final class SvgFonts {

    private static final Pattern FAMILY = Pattern.compile("font-family:\\s*(\"[^\"]*\"|'[^']*'|[^;\"]*)");
    private static final Pattern ROOT = Pattern.compile("<svg\\b");

    private SvgFonts() {
    }

    static void rewrite(Path svg) throws IOException {
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        String families = CjkFont.SVG_FONT_FAMILIES;
        String replaced = FAMILY.matcher(text).replaceAll(
                Matcher.quoteReplacement("font-family:" + families.replace("'", "&apos;")));
        replaced = ROOT.matcher(replaced).replaceFirst(
                Matcher.quoteReplacement("<svg font-family=\"" + families + "\""));
        Files.writeString(svg, replaced, StandardCharsets.UTF_8);
    }
}
