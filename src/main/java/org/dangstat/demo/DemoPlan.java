package org.dangstat.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanReader;
import org.dangstat.plan.PlanWriter;
import org.dangstat.plan.Target;

/**
 * The demo township's plan for a year: the default targets of {@code plan/default-targets.yml}
 * (their one source) with what {@code demo/plan-template.yml} adds for the demo township (its quotas,
 * a change against last year, sub-quotas, range targets of two branches). {@code jobs/plan-2026.yml}
 * is this plan for 2026, as {@link #write} writes it.
 */
public final class DemoPlan {

  static final String TEMPLATE = "/demo/plan-template.yml";

  private DemoPlan() {}

  public static Plan of(int year) {
    var keys = IndicatorCatalog.standard().keySet();
    Plan defaults = PlanReader.defaults(keys);
    Plan own = PlanReader.read("demo/plan-template.yml", template().replace("YEAR", String.valueOf(year)), keys, null);
    Map<String, Target> targets = new LinkedHashMap<>(defaults.targets());
    targets.putAll(own.targets());
    return Plan.of(own.year(), own.org(), own.plannedNew(), defaults.tolerance(), targets, own.branches(),
        own.branchTargets(), defaults.deadlineDays(), own.subQuotas(), own.servicePointsMin());
  }

  /** Writes the plan of {@code year} as a plan file people read (with comments). */
  public static Path write(int year, Path file) {
    PlanWriter.write(of(year), file);
    return file;
  }

  private static String template() {
    try (var in = DemoPlan.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException(TEMPLATE + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
