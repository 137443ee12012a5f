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
    void detectedFontShowsChineseOrWarns() {
        CjkFont font = CjkFont.detect();
        if (font.isCjk()) {
            assertThat(font.font(Font.PLAIN, 12f).canDisplayUpTo("党员")).isEqualTo(-1);
            assertThat(font.warning()).isEmpty();
        } else {
            assertThat(font.family()).isEqualTo("SansSerif");
            assertThat(font.warning()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .startsWith("NO_CJK_FONT").contains("方框", "boxes", "fonts-wqy-zenhei");
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
        assertThat(chosen.warning()).isEmpty();
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
    void noCjkFontFallsBackToSansSerifWithAWarning() {
        CjkFont chosen = CjkFont.choose(List.of("SimHei", "WenQuanYi Zen Hei"), Set.of("DejaVu Sans", "SansSerif"),
                f -> false);
        assertThat(chosen.family()).isEqualTo("SansSerif");
        assertThat(chosen.isCjk()).isFalse();
        assertThat(chosen.warning()).hasValueSatisfying(w -> assertThat(w)
                .startsWith(CjkFont.NO_CJK_FONT).contains("中文将显示为方框", "boxes", "fonts-wqy-zenhei"));
    }
}
