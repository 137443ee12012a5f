package org.dangstat.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The font of chart text. The jar carries a subset of Noto Sans CJK SC ({@code fonts/}, SIL OFL,
 * made by {@code tools/subset-font.sh}) and registers it on first use, so that every chart reads
 * the same on every machine, whether or not it has a Chinese font. A label with a character the
 * subset lacks (a rare character in a place name) is drawn with an installed CJK font that has it,
 * the first of a preference list ({@code cjk-fonts.txt}); only when neither can draw it does a
 * chart get a {@link #NO_CJK_FONT} warning.
 */
public final class CjkFont {

    /** Warning code when no font at hand can draw a chart's labels. */
    public static final String NO_CJK_FONT = "NO_CJK_FONT";

    static final String BUNDLED_RESOURCE = "fonts/NotoSansCJKsc-Regular-subset.otf";
    static final String SAMPLE = "党员发展计划党支部乡镇党委";
    static final String FALLBACK_FAMILY = Font.SANS_SERIF;
    static final String PREFERENCES_RESOURCE = "cjk-fonts.txt";

    /**
     * The CSS font list of SVG text: the bundled family first (found where it is installed), then
     * the system Chinese fonts of Windows, macOS and Linux, so that a browser anywhere shows it.
     */
    public static final String SVG_FONT_FAMILIES = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', "
            + "'Microsoft YaHei', '微软雅黑', 'PingFang SC', 'Hiragino Sans GB', 'WenQuanYi Micro Hei', "
            + "'WenQuanYi Zen Hei', SimHei, sans-serif";

    private static volatile CjkFont detected;

    private final String family;
    private final boolean cjk;
    private volatile List<String> installed;

    private CjkFont(String family, boolean cjk, List<String> installed) {
        this.family = family;
        this.cjk = cjk;
        this.installed = installed;
    }

    /** The bundled font, registered with this JVM (once); an installed CJK font if it cannot be loaded. */
    public static CjkFont detect() {
        CjkFont result = detected;
        if (result == null) {
            synchronized (CjkFont.class) {
                result = detected;
                if (result == null) {
                    String bundled = registerBundled();
                    result = bundled != null ? new CjkFont(bundled, true, null)
                            : choose(preferences(), installedFamilies(), CjkFont::canDisplaySample);
                    detected = result;
                }
            }
        }
        return result;
    }

    /** Loads the bundled font and registers it; its family name, or null if it cannot be loaded. */
    static String registerBundled() {
        try (InputStream in = CjkFont.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                return null;
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // false when a font of that name is installed already: then the installed one is used
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font.getFamily(Locale.ROOT);
        } catch (IOException | FontFormatException e) {
            return null;
        }
    }

    /**
     * Selection among installed fonts, with the installed families and the display check injected.
     *
     * @param preferences family names, best first
     * @param available   installed family names (matched ignoring case)
     * @param canDisplay  whether a font shows {@link #SAMPLE} without missing glyphs
     */
    static CjkFont choose(List<String> preferences, Collection<String> available, Predicate<Font> canDisplay) {
        List<String> ordered = cjkFamilies(preferences, available, canDisplay);
        return ordered.isEmpty() ? new CjkFont(FALLBACK_FAMILY, false, List.of())
                : new CjkFont(ordered.get(0), true, ordered);
    }

    /** The installed families that show Chinese: preferred ones in order, then the others. */
    static List<String> cjkFamilies(List<String> preferences, Collection<String> available,
            Predicate<Font> canDisplay) {
        Map<String, String> byLowerName = new TreeMap<>();
        for (String name : available) {
            byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        List<String> result = new ArrayList<>();
        for (String wanted : preferences) {
            String found = byLowerName.remove(wanted.toLowerCase(Locale.ROOT));
            if (found != null && canDisplay.test(new Font(found, Font.PLAIN, 12))) {
                result.add(found);
            }
        }
        for (String other : byLowerName.values()) {
            if (!isLogical(other) && canDisplay.test(new Font(other, Font.PLAIN, 12))) {
                result.add(other);
            }
        }
        return List.copyOf(result);
    }

    /** The preference list from the {@code cjk-fonts.txt} resource. */
    static List<String> preferences() {
        try (InputStream in = CjkFont.class.getResourceAsStream(PREFERENCES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PREFERENCES_RESOURCE);
            }
            List<String> names = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> installedFamilies() {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        List<String> names = new ArrayList<>(List.of(env.getAvailableFontFamilyNames(Locale.ROOT)));
        names.addAll(List.of(env.getAvailableFontFamilyNames(Locale.SIMPLIFIED_CHINESE)));
        return names;
    }

    static boolean canDisplaySample(Font font) {
        return font.canDisplayUpTo(SAMPLE) == -1;
    }

    private static boolean isLogical(String family) {
        return switch (family.toLowerCase(Locale.ROOT)) {
            case "dialog", "dialoginput", "monospaced", "serif", "sansserif" -> true;
            default -> false;
        };
    }

    /** The chosen family name. */
    public String family() {
        return family;
    }

    /** Whether the family can display Chinese. */
    public boolean isCjk() {
        return cjk;
    }

    /** A font of the chosen family. */
    public Font font(int style, float size) {
        return new Font(family, style, 1).deriveFont(style, size);
    }

    /**
     * The family that draws every one of {@code texts}: the chosen one if it can, else the first
     * installed CJK family that can; empty if none can.
     */
    public Optional<String> familyFor(Collection<String> texts) {
        if (cjk && missing(new Font(family, Font.PLAIN, 12), texts).isEmpty()) {
            return Optional.of(family);
        }
        for (String other : installedCjk()) {
            if (missing(new Font(other, Font.PLAIN, 12), texts).isEmpty()) {
                return Optional.of(other);
            }
        }
        return Optional.empty();
    }

    /** The characters of {@code texts} that {@code font} cannot draw (whitespace and controls aside). */
    static String missing(Font font, Collection<String> texts) {
        TreeSet<Integer> absent = new TreeSet<>();
        for (String text : texts) {
            if (text != null) {
                text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                        && !font.canDisplay(cp)).forEach(absent::add);
            }
        }
        StringBuilder out = new StringBuilder();
        absent.forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * Chinese + English warning (code {@link #NO_CJK_FONT}) for a chart whose labels no font at hand
     * can draw; empty when one can.
     */
    public Optional<String> warningFor(String chart, Collection<String> texts) {
        if (familyFor(texts).isPresent()) {
            return Optional.empty();
        }
        String absent = missing(new Font(family, Font.PLAIN, 12), texts);
        return Optional.of(NO_CJK_FONT + ": 图表“" + chart + "”中的字符“" + absent + "”无字体可显示，将显示为方框；"
                + "请安装含这些字的中文字体（例如 Debian/Ubuntu 上 apt-get install fonts-noto-cjk）。"
                + " / No font can draw these characters of chart " + chart + ": they will show as boxes."
                + " Install a CJK font that has them, e.g. Debian's fonts-noto-cjk.");
    }

    private List<String> installedCjk() {
        List<String> result = installed;
        if (result == null) {
            result = cjkFamilies(preferences(), installedFamilies(), CjkFont::canDisplaySample).stream()
                    .filter(f -> !f.equalsIgnoreCase(family)).toList();
            installed = result;
        }
        return result;
    }

    @Override
    public String toString() {
        return "CjkFont[" + family + (cjk ? "" : ", no CJK") + "]";
    }
}
