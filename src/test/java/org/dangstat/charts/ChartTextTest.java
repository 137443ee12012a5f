package org.dangstat.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

class ChartTextTest {

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void theTextOfAChartIsItsTitlesSeriesAndCategories() {
        CategoryChart chart = ChartTheme.categoryChart("发展党员完成情况", "党支部", "人数", 400, 300);
        chart.addSeries("已发展", List.of("东村党支部", "西村党支部"), List.of(1, 2));
        assertThat(ChartText.of(chart)).contains("发展党员完成情况", "党支部", "人数", "已发展", "东村党支部", "西村党支部");
    }

    @Test
    void anotherFamilyReplacesEveryFontKeepingSizesAndStyles() {
        CategoryChart chart = ChartTheme.categoryChart("标题", "x", "y", 400, 300);
        ChartText.useFamily(chart.getStyler(), Font.SERIF);
        var styler = chart.getStyler();
        for (Font f : List.of(styler.getBaseFont(), styler.getChartTitleFont(), styler.getLegendFont(),
                styler.getAnnotationTextFont(), styler.getAxisTitleFont(), styler.getAxisTickLabelsFont(),
                styler.getLabelsFont())) {
            assertThat(f.getFamily()).isEqualTo(Font.SERIF);
        }
        assertThat(styler.getChartTitleFont().getSize2D()).isEqualTo(20f);
        assertThat(styler.getChartTitleFont().isBold()).isTrue();
    }
}
