package org.dangstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.dangstat.analysis.AnalysisLauncher;
import org.dangstat.analysis.AnalysisRequest;
import org.dangstat.core.Period;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanException;
import org.dangstat.plan.PlanReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Indicators of every org unit against the plan, compliance, completeness, charts and "
        + "report.html, written to <out>/<P>/. P is a quarter (2026Q2: the quarterly bulletin; Q2 is the "
        + "half-year) or a year (2026: the year-end analysis, on Q4's snapshots). A locked period "
        + "(dangstat lock) is computed from the snapshots as they stood when it was locked.",
        "", "Examples:", "  dangstat analyze --period 2026 --plan jobs/plan-2026.yml",
        "  dangstat analyze --period 2026Q2 --as-of 2026-07-15   # as the files stood that day", ""})
final class AnalyzeCommand implements Callable<Integer> {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  @Option(names = "--period", required = true, paramLabel = "P", description = "YYYY or YYYYQn")
  String period;

  @Option(names = "--plan", paramLabel = "FILE", description = "default: jobs/plan-<year>.yml (if present)")
  Path plan;

  @Option(names = "--out", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
  Path out = Path.of("out");

  @Option(names = "--as-of", paramLabel = "TIME", description = "compute from the snapshots in effect at TIME: "
      + "an ISO date (the end of that day) or date-time, e.g. 2026-07-15 or 2026-07-15T18:00")
  String asOf;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the summary as one JSON object, for monitoring")
  Path json;

  @Mixin
  DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    try {
      checkPeriod(period); // before any database starts
      OffsetDateTime moment = asOf == null ? null : Moments.parse(asOf);
      try (Session session = Session.open(database, database.dataDir(Path.of("data")), System.out)) {
        return runIn(session, period, plan, out, moment, json);
      }
    } catch (CommandFailure e) {
      JsonSummary.write(json, "analyze", e.exitCode(), started, JsonSummary.failure(e.getMessage()));
      throw e;
    }
  }

  static int run(String periodText, Path planFile, Path out, DatabaseOptions database, Path data) throws Exception {
    checkPeriod(periodText); // before any database starts
    try (Session session = Session.open(database, data, System.out)) {
      return runIn(session, periodText, planFile, out);
    }
  }

  static Period checkPeriod(String periodText) {
    boolean year = YEAR.matcher(periodText.trim()).matches();
    return year ? new Period(Integer.parseInt(periodText.trim()), 4)
        : Period.parse(periodText).orElseThrow(() -> new CommandFailure(ExitCodes.USAGE,
            "期间“" + periodText + "”无效，应为 2026 或 2026Q3（BAD_PERIOD）"));
  }

  static int runIn(Session session, String periodText, Path planFile, Path out) throws Exception {
    return runIn(session, periodText, planFile, out, null, null);
  }

  static int runIn(Session session, String periodText, Path planFile, Path out, OffsetDateTime asOf, Path json)
      throws Exception {
    Instant startedAt = Instant.now();
    boolean year = YEAR.matcher(periodText.trim()).matches();
    Period period = checkPeriod(periodText);
    Path plan = planFile != null ? planFile : Path.of("jobs", "plan-" + period.year() + ".yml");
    if (!Files.exists(plan)) {
      if (planFile != null) {
        throw new CommandFailure(ExitCodes.USAGE, "计划文件不存在：" + plan + "（PLAN_MISSING）");
      }
      plan = null;
    }
    {
      var launcher = session.context.getBean(AnalysisLauncher.class);
      Plan checked = plan == null ? null : readPlan(plan, launcher);
      if (checked == null) {
        System.out.println("未找到计划文件 jobs/plan-" + period.year() + ".yml：只计算指标，不对照目标（NO_PLAN）");
      } else {
        checked.warnings().forEach(w -> System.out.println("计划提示 plan warning: " + w));
      }
      Path dir = out.resolve(year ? String.valueOf(period.year()) : period.toString()).toAbsolutePath().normalize();
      long started = System.nanoTime();
      OffsetDateTime lockedAt = launcher.lockedAt(period);
      if (lockedAt != null) {
        System.out.println("期间" + period + "已于" + Moments.show(lockedAt) + "封存：按封存时的名册计算（PERIOD_LOCKED）");
      }
      if (asOf != null) {
        System.out.println("回溯分析 as of " + Moments.show(asOf) + "：只用当时在用的名册");
      }
      var outcome = launcher.analyze(new AnalysisRequest(period, year, checked, plan, dir, asOf, null));
      int code = outcome.completed() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
      JsonSummary.write(json, "analyze", code, startedAt, json(outcome, year ? String.valueOf(period.year())
          : period.toString(), dir, (System.nanoTime() - started) / 1e9));
      if (!outcome.completed()) {
        System.out.println("分析失败（JOB_FAILED）：" + outcome.failure() + "；重新运行同一命令即可 (run it again)");
        return ExitCodes.JOB_FAILED;
      }
      if (outcome.missingBranches() > 0) {
        System.out.println("注意：" + outcome.missingBranches() + " 个党支部本期没有有效报送，未计入（见报告顶部）");
      }
      System.out.printf("分析完成 analyzed %s in %.1f s%n报告 report: %s%n", year ? String.valueOf(period.year()) : period, (System.nanoTime() - started) / 1e9,
          outcome.report());
      if (year) {
        System.out.println("党内统计年报 annual report: " + dir.resolve(org.dangstat.annual.AnnualFiles.XLSX));
      }
      return ExitCodes.OK;
    }
  }

  private static Map<String, Object> json(AnalysisLauncher.Outcome outcome, String period, Path dir, double seconds)
      throws java.io.IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("completed", outcome.completed());
    body.put("failure", outcome.completed() ? null : outcome.failure());
    body.put("period", period);
    body.put("counts", outcome.counts());
    body.put("seconds", Math.round(seconds * 1000) / 1000.0);
    List<String> files = new ArrayList<>();
    if (outcome.completed()) {
      try (var paths = Files.walk(dir)) {
        paths.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(files::add);
      }
    }
    body.put("report", outcome.completed() ? outcome.report().toString() : null);
    body.put("outputs", files);
    return body;
  }

  private static Plan readPlan(Path plan, AnalysisLauncher launcher) {
    try {
      return PlanReader.read(plan, IndicatorCatalog.standard().keySet(), launcher.branchCodes());
    } catch (PlanException e) {
      throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
    }
  }
}
