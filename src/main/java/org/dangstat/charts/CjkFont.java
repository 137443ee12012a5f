package org.dangstat.charts;

import java.awt.Font;
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
import java.util.function.Predicate;

/**
 * The font family used for chart text: the first installed family of a preference list
 * ({@code cjk-fonts.txt}) that can display Chinese, else any installed family that can, else the
 * logical {@code SansSerif} with a {@link #warning()} (Chinese will then show as boxes).
 */
public final class CjkFont {

    /** Warning code when no installed font can display Chinese. */
    public static final String NO_CJK_FONT = "NO_CJK_FONT";

    static final String SAMPLE = "党员发展计划党支部乡镇党委";
    static final String FALLBACK_FAMILY = Font.SANS_SERIF;
    static final String PREFERENCES_RESOURCE = "cjk-fonts.txt";

    private static volatile CjkFont detected;

    private final String family;
    private final boolean cjk;

    private CjkFont(String family, boolean cjk) {
        this.family = family;
        this.cjk = cjk;
    }

    /** The font of this JVM's installed fonts (computed once). */
    public static CjkFont detect() {
        CjkFont result = detected;
        if (result == null) {
            synchronized (CjkFont.class) {
                result = detected;
                if (result == null) {
                    result = choose(preferences(), installedFamilies(), CjkFont::canDisplaySample);
                    detected = result;
                }
            }
        }
        return result;
    }

    /**
     * Selection logic, with the installed families and the display check injected.
     *
     * @param preferences family names, best first
     * @param available   installed family names (matched ignoring case)
     * @param canDisplay  whether a font shows {@link #SAMPLE} without missing glyphs
     */
    static CjkFont choose(List<String> preferences, Collection<String> available, Predicate<Font> canDisplay) {
        Map<String, String> byLowerName = new TreeMap<>();
        for (String name : available) {
            byLowerName.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        for (String wanted : preferences) {
            String installed = byLowerName.get(wanted.toLowerCase(Locale.ROOT));
            if (installed != null && canDisplay.test(new Font(installed, Font.PLAIN, 12))) {
                return new CjkFont(installed, true);
            }
        }
        for (String installed : byLowerName.values()) {
            if (!isLogical(installed) && canDisplay.test(new Font(installed, Font.PLAIN, 12))) {
                return new CjkFont(installed, true);
            }
        }
        return new CjkFont(FALLBACK_FAMILY, false);
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

    /** Chinese + English warning (code {@link #NO_CJK_FONT}) when no CJK font is installed. */
    public Optional<String> warning() {
        if (cjk) {
            return Optional.empty();
        }
        return Optional.of(NO_CJK_FONT + ": 未找到可显示中文的字体，图表中的中文将显示为方框。"
                + "请安装中文字体，例如 Debian/Ubuntu 上执行 apt-get install fonts-wqy-zenhei。"
                + " / No CJK font is installed: Chinese text in the charts will show as boxes."
                + " Install one, e.g. Debian's fonts-wqy-zenhei (apt-get install fonts-wqy-zenhei).");
    }

    @Override
    public String toString() {
        return "CjkFont[" + family + (cjk ? "" : ", no CJK") + "]";
    }
}
