package org.dangstat.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangstat.plan.Target.Kind;
import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void textReadsLikeThePlan() {
    assertThat(new Target(Kind.MIN, 0.3).text()).isEqualTo("min 0.30");
    assertThat(new Target(Kind.APPROX, 0.5).text()).isEqualTo("approx 0.50");
    assertThat(new Target(Kind.MAX, 0.015).text()).isEqualTo("max 0.015");
    assertThat(new Target(Kind.MIN, 3).text()).isEqualTo("min 3.0");
    assertThat(new Target(Kind.MIN, 2.5).text()).isEqualTo("min 2.5");
  }

  @Test
  void minOnAShareUsesAnAbsoluteBand() {
    Target t = new Target(Kind.MIN, 0.30);
    assertThat(t.status(0.30, 0.05, true)).isEqualTo("met");
    assertThat(t.status(0.31, 0.05, true)).isEqualTo("met");
    assertThat(t.status(0.28, 0.05, true)).isEqualTo("near");
    assertThat(t.status(0.25, 0.05, true)).isEqualTo("near");
    assertThat(t.status(0.2499, 0.05, true)).isEqualTo("missed");
  }

  @Test
  void minOnARatioUsesARelativeBand() {
    Target t = new Target(Kind.MIN, 3.0); // band = 0.05 × 3 = 0.15
    assertThat(t.status(3.0, 0.05, false)).isEqualTo("met");
    assertThat(t.status(2.85, 0.05, false)).isEqualTo("near");
    assertThat(t.status(2.84, 0.05, false)).isEqualTo("missed");
    assertThat(t.status(2.4, 0.05, false)).isEqualTo("missed");
  }

  @Test
  void maxOnARate() {
    Target t = new Target(Kind.MAX, 0.015); // band = 0.00075
    assertThat(t.status(0.010, 0.05, false)).isEqualTo("met");
    assertThat(t.status(0.015, 0.05, false)).isEqualTo("met");
    assertThat(t.status(0.0157, 0.05, false)).isEqualTo("near");
    assertThat(t.status(0.0158, 0.05, false)).isEqualTo("missed");
    assertThat(t.status(-0.02, 0.05, false)).isEqualTo("met");
  }

  @Test
  void maxOnAShare() {
    Target t = new Target(Kind.MAX, 0.20);
    assertThat(t.status(0.24, 0.05, true)).isEqualTo("near");
    assertThat(t.status(0.26, 0.05, true)).isEqualTo("missed");
  }

  @Test
  void approxHasTwoBands() {
    Target t = new Target(Kind.APPROX, 0.50);
    assertThat(t.status(0.55, 0.05, true)).isEqualTo("met");
    assertThat(t.status(0.45, 0.05, true)).isEqualTo("met");
    assertThat(t.status(0.60, 0.05, true)).isEqualTo("near");
    assertThat(t.status(0.39, 0.05, true)).isEqualTo("missed");
    Target r = new Target(Kind.APPROX, 2.0); // band 0.1
    assertThat(r.status(2.1, 0.05, false)).isEqualTo("met");
    assertThat(r.status(1.8, 0.05, false)).isEqualTo("near");
    assertThat(r.status(1.79, 0.05, false)).isEqualTo("missed");
  }

  @Test
  void targetsReadAsACommitteeWritesThem() {
    assertThat(new Target(Target.Kind.MIN, 0.30).chinese("%")).isEqualTo("不低于30%");
    assertThat(new Target(Target.Kind.APPROX, 0.50).chinese("%")).isEqualTo("50%左右");
    assertThat(new Target(Target.Kind.MAX, 0.015).chinese("%")).isEqualTo("控制在1.5%以内");
    assertThat(new Target(Target.Kind.MIN, 3.0).chinese(":1")).isEqualTo("不低于3:1");
    assertThat(Target.readable("approx 0.80", "%")).isEqualTo("80%左右");
    assertThat(Target.readable("quota 25", "名")).isEqualTo("计划25名");
    assertThat(Target.readable("", "%")).isEmpty();
  }

  @Test
  void aRangeIsMetWhenBothBoundsHold() {
    Target t = Target.range(1, 2); // 新增入党积极分子1-2人
    assertThat(t.text()).isEqualTo("min 1.0 max 2.0");
    assertThat(Target.parse(t.text())).isEqualTo(t);
    assertThat(t.status(1, 0.05, false)).isEqualTo("met");
    assertThat(t.status(2, 0.05, false)).isEqualTo("met");
    assertThat(t.status(0, 0.05, false)).isEqualTo("missed");   // under
    assertThat(t.status(3, 0.05, false)).isEqualTo("missed");   // over
    assertThat(t.chinese("名")).isEqualTo("1至2名");
    Target share = Target.range(0.30, 0.50);
    assertThat(share.status(0.27, 0.05, true)).isEqualTo("near"); // within 5 points below
    assertThat(share.status(0.56, 0.05, true)).isEqualTo("missed");
    assertThat(share.chinese("%")).isEqualTo("30%至50%");
  }

  @Test
  void changesAgainstLastYearReadAsThePlansWriteThem() {
    assertThat(new Target(Target.Kind.MAX, -0.228).chinese(Target.CHANGE_UNIT)).isEqualTo("比上年下降22.8%");
    assertThat(new Target(Target.Kind.MIN, 0.10).chinese(Target.CHANGE_UNIT)).isEqualTo("比上年增长10%以上");
    assertThat(new Target(Target.Kind.MAX, 0.05).chinese(Target.CHANGE_UNIT)).isEqualTo("比上年增长不超过5%");
    assertThat(Target.readable("max -0.228", Target.CHANGE_UNIT)).isEqualTo("比上年下降22.8%");
    // −12/54 = −22.2%: a decrease smaller than 22.8% misses a max of −22.8%
    assertThat(new Target(Target.Kind.MAX, -0.228).status(-12.0 / 54, 0.05, false)).isEqualTo("near");
    assertThat(new Target(Target.Kind.MAX, -0.228).status(-0.30, 0.05, false)).isEqualTo("met");
  }
}
