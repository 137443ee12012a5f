package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CjkFontTest {

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void theBundledFontIsUsedWhetherOrNotAChineseFontIsInstalled() {
        CjkFont font = CjkFont.detect();
        assertThat(font.family()).isEqualTo("Noto Sans CJK SC");
        assertThat(font.isCjk()).isTrue();
        // GB 2312's first and last hanzi, a 通用规范汉字表 character outside the basic block (𬌗),
        // fullwidth and CJK punctuation, and the Latin and digits of labels
        assertThat(font.font(Font.PLAIN, 12f).canDisplayUpTo("党员啊齄𬌗，。、（）％：《》“”—不低于30% CQ-007"))
                .isEqualTo(-1);
        assertThat(font.familyFor(List.of("党支部", "社区第三党支部", "50%左右"))).hasValue("Noto Sans CJK SC");
        assertThat(font.warningFor("x", List.of("党支部"))).isEmpty();
    }

    @Test
    void theBundledFontStaysSmall() throws java.io.IOException {
        try (var in = CjkFont.class.getResourceAsStream(CjkFont.BUNDLED_RESOURCE);
                var licence = CjkFont.class.getResourceAsStream("fonts/OFL.txt")) {
            assertThat(in.readAllBytes().length).isLessThanOrEqualTo(6_000_000);
            assertThat(new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("SIL OPEN FONT LICENSE Version 1.1", "Adobe");
        }
    }

    @Test
    void aCharacterTheBundledFontLacksIsDrawnByAnInstalledFontOrWarned() {
        CjkFont font = CjkFont.detect();
        List<String> rare = List.of("\u3400村党支部"); // CJK extension A, not in the subset
        assertThat(CjkFont.missing(font.font(Font.PLAIN, 12f), rare)).isEqualTo("\u3400");
        var family = font.familyFor(rare);
        if (family.isPresent()) {
            assertThat(family.get()).isNotEqualTo(font.family());
            assertThat(new Font(family.get(), Font.PLAIN, 12).canDisplayUpTo(rare.get(0))).isEqualTo(-1);
            assertThat(font.warningFor("x", rare)).isEmpty();
        } else {
            assertThat(font.warningFor("branch_chart", rare)).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith(CjkFont.NO_CJK_FONT).contains("branch_chart", "\u3400", "方框", "boxes");
        }
    }

    @Test
    void preferenceListIsAResource() {
        assertThat(CjkFont.preferences()).startsWith("Microsoft YaHei", "微软雅黑", "PingFang SC")
                .contains("SimHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "AR PL UMing CN")
                .noneMatch(s -> s.startsWith("#") || s.isBlank());
    }

    @Test
    void firstPreferredInstalledFamilyThatDisplaysChineseWins() {
        List<String> prefs = List.of("Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei");
        Set<String> available = Set.of("DejaVu Sans", "wenquanyi zen hei", "Noto Sans CJK SC");
        CjkFont chosen = CjkFont.choose(prefs, available, f -> true);
        assertThat(chosen.family()).isEqualTo("Noto Sans CJK SC");
        assertThat(chosen.isCjk()).isTrue();
    }

    @Test
    void installedButUnableToDisplayIsSkipped() {
        List<String> prefs = List.of("Noto Sans CJK SC", "WenQuanYi Zen Hei");
        Set<String> available = Set.of("Noto Sans CJK SC", "WenQuanYi Zen Hei");
        CjkFont chosen = CjkFont.choose(prefs, available, f -> f.getFamily().startsWith("WenQuanYi")
                || f.getName().startsWith("WenQuanYi"));
        assertThat(chosen.family()).isEqualTo("WenQuanYi Zen Hei");
    }

    @Test
    void unlistedFamilyThatDisplaysChineseIsUsedBeforeFallingBack() {
        CjkFont chosen = CjkFont.choose(List.of("SimHei"), Set.of("DejaVu Sans", "Some CJK"),
                f -> f.getName().equals("Some CJK"));
        assertThat(chosen.family()).isEqualTo("Some CJK");
    }

    @Test
    void withoutTheBundledFontAndWithoutAnInstalledOneItIsSansSerif() {
        CjkFont chosen = CjkFont.choose(List.of("SimHei", "WenQuanYi Zen Hei"), Set.of("DejaVu Sans", "SansSerif"),
                f -> false);
        assertThat(chosen.family()).isEqualTo("SansSerif");
        assertThat(chosen.isCjk()).isFalse();
    }
}
