package org.dangstat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.dangstat.plan.PlanWriter;
import org.dangstat.plan.Target;
import org.junit.jupiter.api.Test;

/**
 * The default targets have one source (plan/default-targets.yml): the demo's plan takes them from
 * there, and jobs/plan-2026.yml is exactly what the demo writes for 2026. After a change of either
 * source, write it again with {@code mvn test -Dtest=DemoPlanTest -Ddangstat.writeExamplePlan=true}.
 */
class DemoPlanTest {

  static final Path EXAMPLE = Path.of("jobs", "plan-2026.yml");

  @Test
  void theDemoPlanIsTheDefaultTargetsWithTheDemosOwn() {
    Plan plan = DemoPlan.of(2026);
    Plan defaults = PlanReader.defaults(IndicatorCatalog.standard().keySet());
    assertThat(plan.targets()).containsAllEntriesOf(defaults.targets());
    assertThat(plan.tolerance()).isEqualTo(defaults.tolerance());
    // what issue 17 asks of the demo: a sub-quota, a range target and the change against last year
    assertThat(plan.subQuotas()).isNotEmpty();
    assertThat(plan.branchTargets().values()).anySatisfy(t ->
        assertThat(t.values()).anyMatch(x -> x.kind() == Target.Kind.RANGE));
    assertThat(plan.targets()).containsKey("new_members_change_rate");
    assertThat(plan.warnings()).isEmpty();
  }

  @Test
  void jobsPlan2026IsWhatTheDemoWrites() throws Exception {
    String expected = PlanWriter.text(DemoPlan.of(2026));
    if (Boolean.getBoolean("dangstat.writeExamplePlan")) {
      Files.writeString(EXAMPLE, expected);
    }
    assertThat(Files.readString(EXAMPLE)).as("jobs/plan-2026.yml is written by DemoPlan (see the class comment)")
        .isEqualTo(expected);
  }
}
