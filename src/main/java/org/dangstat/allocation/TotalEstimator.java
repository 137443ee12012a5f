package org.dangstat.allocation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/**
 * The year's total: either given ({@code --total N}) or derived from a net growth rate R.
 *
 * <p>Members at the end of Y = members now + admissions − net outflow, where net outflow = left −
 * transferred in. For the end to be ≈ members now × (1 + R): admissions = members now × R +
 * expected net outflow. The expected net outflow is the mean over the years of the history, a
 * partial year scaled up to a whole one (÷ fractionOfYear) — outflow is assumed to be spread
 * evenly over a year. With no history the outflow is assumed 0 and the text says so. Decimal
 * arithmetic, so that e.g. 200 × 1.5% is exactly 3 and rounding half up is exact.
 */
public final class TotalEstimator {

  private static final MathContext MC = MathContext.DECIMAL64;

  private TotalEstimator() {}

  /** The total given by the committee. */
  public static Estimate given(int total) {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative: " + total);
    }
    return new Estimate(total, "计划发展党员" + total + "名（由党委直接确定）。");
  }

  /** The admissions needed for members to grow by {@code rate} over Y (see the class comment). */
  public static Estimate fromNetGrowth(double rate, History history) {
    BigDecimal members = BigDecimal.valueOf(history.membersNow());
    BigDecimal growth = members.multiply(BigDecimal.valueOf(rate), MC);
    BigDecimal outflow = expectedNetOutflow(history.years());
    BigDecimal needed = growth.add(outflow, MC);
    int total = Math.max(0, needed.setScale(0, RoundingMode.HALF_UP).intValueExact());

    StringBuilder s = new StringBuilder();
    s.append("按党员净增长率").append(percent(rate)).append("测算：现有党员").append(history.membersNow())
        .append("名，年末目标约").append(one(members.add(growth))).append("名（")
        .append(history.membersNow()).append("×(1+").append(percent(rate)).append(")），即净增")
        .append(one(growth)).append("名。");
    s.append(outflowText(history.years(), outflow));
    s.append("需发展党员 ").append(one(growth)).append(" + ").append(one(outflow)).append(" = ")
        .append(one(needed)).append(" 名，四舍五入为").append(total).append("名");
    s.append(needed.signum() < 0 ? "（不足0名，按0名计）。" : "。");
    return new Estimate(total, s.toString());
  }

  /** Mean of (left − transferred in) per year, a partial year scaled to a whole one; 0 if none. */
  static BigDecimal expectedNetOutflow(List<History.YearFlow> years) {
    if (years.isEmpty()) {
      return BigDecimal.ZERO;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (History.YearFlow y : years) {
      sum = sum.add(scaled(y), MC);
    }
    return sum.divide(BigDecimal.valueOf(years.size()), MC);
  }

  private static BigDecimal scaled(History.YearFlow y) {
    BigDecimal net = BigDecimal.valueOf((long) y.left() - y.transferredIn());
    return net.divide(BigDecimal.valueOf(y.coverage()), MC);
  }

  private static String outflowText(List<History.YearFlow> years, BigDecimal outflow) {
    if (years.isEmpty()) {
      return "没有往年党员流出数据，假设明年净流出为0名。";
    }
    StringBuilder s = new StringBuilder("往年净流出（离开−转入）：");
    List<History.YearFlow> sorted =
        years.stream().sorted(Comparator.comparingInt(History.YearFlow::year)).toList();
    for (int i = 0; i < sorted.size(); i++) {
      History.YearFlow y = sorted.get(i);
      s.append(i == 0 ? "" : "；").append(y.year()).append("年离开").append(y.left())
          .append("名、转入").append(y.transferredIn()).append("名");
      if (y.partial()) {
        s.append("（部分年度数据，占全年").append(percent(y.fractionOfYear())).append("，按全年折算净流出")
            .append(one(scaled(y))).append("名）");
      }
    }
    return s.append("。").append(sorted.size()).append("年平均每年净流出").append(one(outflow))
        .append("名，假设明年与此相当。").toString();
  }

  static String one(BigDecimal v) {
    return v.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  static String percent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
