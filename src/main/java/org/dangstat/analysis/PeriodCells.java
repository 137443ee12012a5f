package org.dangstat.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangstat.analysis.PeriodCounts.BranchCounts;
import org.dangstat.annual.AnnualCounts;
import org.dangstat.annual.AnnualLayout;
import org.dangstat.annual.Grid;
import org.dangstat.charts.StockStructureCharts;
import org.dangstat.core.Period;
import org.jooq.Condition;

/**
 * What an analysis asks of the one pass over the period's people ({@link PeriodCounts}), in one
 * list of conditions: the base counts of the indicators, the members by occupation, sex, age band
 * and education for the stock charts, and for a year the cells of the 年报; and how each part is
 * read back from the pass's groups.
 */
final class PeriodCells {

  /** The national bulletin's age bands: 表2's ten at D, the last three (61 and over) as one. */
  private static final List<String> STOCK_AGE_BANDS = List.of("30岁及以下", "31-35岁", "36-40岁", "41-45岁",
      "46-50岁", "51-55岁", "56-60岁", "61岁及以上");

  private final List<String> measureKeys;
  private final List<PeriodCounts.Count> counts = new ArrayList<>();
  private final int stockAt;
  private final int annualAt;

  private PeriodCells(Period period, boolean stock, boolean annual) {
    var measures = MeasureDefinitions.of(period);
    measureKeys = List.copyOf(measures.keySet());
    counts.addAll(measures.values());
    stockAt = stock ? counts.size() : -1;
    if (stock) {
      Condition member = PeriodFacts.flag(PeriodFacts.MEMBER);
      add(member);
      add(member.and(PeriodFacts.flag(PeriodFacts.FEMALE)));
      for (int band = 0; band <= PeriodFacts.LIMITS_AT_D.length; band++) {
        add(member.and(PeriodFacts.number(PeriodFacts.AGE_AT_D).eq(org.jooq.impl.DSL.inline(band))));
      }
      for (int level = 0; level < PeriodFacts.EDUCATIONS.size(); level++) {
        add(member.and(PeriodFacts.number(PeriodFacts.EDUCATION).eq(org.jooq.impl.DSL.inline(level))));
      }
    }
    annualAt = annual ? counts.size() : -1;
    if (annual) {
      AnnualCounts.conditions(AnnualLayout.standard()).forEach(this::add);
    }
  }

  private void add(Condition where) {
    counts.add(PeriodCounts.Count.of(where));
  }

  /** The stock chart's age band of 表2's band {@code band} at D. */
  static String stockBand(int band) {
    return STOCK_AGE_BANDS.get(Math.min(band, STOCK_AGE_BANDS.size() - 1));
  }

  /** The indicators' counts alone (allocation). */
  static PeriodCells measures(Period period) {
    return new PeriodCells(period, false, false);
  }

  /** Everything an analysis of the period needs; the 年报's cells for a year only. */
  static PeriodCells analysis(Period period, boolean yearReport) {
    return new PeriodCells(period, true, yearReport);
  }

  List<PeriodCounts.Count> counts() {
    return counts;
  }

  /** Per branch with people in its snapshot, by code: the base counts of indicators.md. */
  List<BranchCounts> measures(PeriodCounts.Result counted) {
    Map<String, int[]> sums = new TreeMap<>();
    for (var g : counted.groups()) {
      int[] sum = sums.computeIfAbsent(g.branch(), k -> new int[measureKeys.size()]);
      for (int i = 0; i < sum.length; i++) {
        sum[i] += g.counts()[i];
      }
    }
    List<BranchCounts> out = new ArrayList<>(sums.size());
    sums.forEach((branch, sum) -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (int i = 0; i < sum.length; i++) {
        counts.put(measureKeys.get(i), sum[i]);
      }
      out.add(new BranchCounts(branch, counts));
    });
    return out;
  }

  /** The members at D over every branch by age band, education, occupation and sex (labels as shown). */
  StockStructureCharts.Stock stock(PeriodCounts.Result counted) {
    Map<String, Integer> age = new LinkedHashMap<>();
    STOCK_AGE_BANDS.forEach(label -> age.put(label, 0));
    Map<String, Integer> education = new LinkedHashMap<>();
    Map<String, Integer> occupation = new LinkedHashMap<>();
    Map<String, Integer> sex = new LinkedHashMap<>();
    int bands = PeriodFacts.LIMITS_AT_D.length + 1;
    for (var g : counted.groups()) {
      int[] c = g.counts();
      int members = c[stockAt];
      if (members == 0) {
        continue;
      }
      occupation.merge(CodeLabels.occupation(g.occupation()), members, Integer::sum);
      sex.merge(CodeLabels.sex("F"), c[stockAt + 1], Integer::sum);
      sex.merge(CodeLabels.sex("M"), members - c[stockAt + 1], Integer::sum);
      for (int band = 0; band < bands; band++) {
        age.merge(stockBand(band), c[stockAt + 2 + band], Integer::sum);
      }
      for (int level = 0; level < PeriodFacts.EDUCATIONS.size(); level++) {
        education.merge(CodeLabels.education(PeriodFacts.EDUCATIONS.get(level)), c[stockAt + 2 + bands + level],
            Integer::sum);
      }
    }
    return new StockStructureCharts.Stock(age, education, occupation, sex);
  }

  /** The counted cells of 表2–表5 per branch with a snapshot (the analysis of a year only). */
  Map<String, Grid> annual(PeriodCounts.Result counted) {
    if (annualAt < 0) {
      throw new IllegalStateException("the 年报's cells were not counted: not the analysis of a year");
    }
    return AnnualCounts.grids(AnnualLayout.standard(), counted, annualAt);
  }
}
