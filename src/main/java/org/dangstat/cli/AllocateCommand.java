package org.dangstat.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dangstat.allocation.AllocationLauncher;
import org.dangstat.allocation.AllocationRequest;
import org.dangstat.allocation.Candidate;
import org.dangstat.indicators.IndicatorCatalog;
import org.dangstat.plan.Plan;
import org.dangstat.plan.PlanException;
import org.dangstat.plan.PlanReader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = {"Draft year Y's plan (名额分配) from the pipeline in the latest snapshots of Y−1: the total "
        + "(given, or derived from a net growth rate), each branch's capacity and quota by the largest "
        + "remainder, the 3:1 check and a reason per branch. Writes <out>/allocation-Y/ with plan-Y.draft.yml "
        + "(valid input for analyze), allocation.csv/.xlsx, a chart and allocation.html.",
        "", "Examples:", "  dangstat allocate --year 2027 --net-growth-rate 0.015",
        "  dangstat allocate --year 2027 --total 60 --plan jobs/plan-2026.yml", ""})
final class AllocateCommand implements Callable<Integer> {

  static final class Size {
    @Option(names = "--total", paramLabel = "N", description = "admissions in Y") Integer total;
    @Option(names = "--net-growth-rate", paramLabel = "R", description = "e.g. 0.015 for 1.5%") Double rate;
  }

  @Option(names = "--year", required = true, paramLabel = "Y") int year;

  @ArgGroup(exclusive = true, multiplicity = "1") Size size;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "the plan whose targets carry over (default: jobs/plan-<Y−1>.yml if present)")
  Path plan;

  @Option(names = "--cut-off", paramLabel = "DATE",
      description = "activists whose year of training ends by then count as ready (default: Y-06-30)")
  LocalDate cutOff;

  @Option(names = "--out", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}") Path out = Path.of("out");

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    checkSize(size.total, size.rate); // before any database starts
    try (Session session = Session.open(database, database.dataDir(Path.of("data")), System.out)) {
      return runIn(session, year, size.total, size.rate, plan, cutOff, out);
    }
  }

  static int runIn(Session session, int year, Integer total, Double rate, Path planFile, LocalDate cutOff, Path out)
      throws Exception {
    checkSize(total, rate);
    var launcher = session.context.getBean(AllocationLauncher.class);
    var reference = launcher.referencePeriod(year).orElseThrow(() -> new CommandFailure(ExitCodes.USAGE,
        "数据仓库中没有 " + (year - 1) + " 年的有效名册，无法起草 " + year + " 年计划（NO_SNAPSHOTS）"));
    Path baseFile = planFile != null ? planFile : Path.of("jobs", "plan-" + (year - 1) + ".yml");
    Plan base = readPlan(baseFile, planFile != null);
    Path dir = out.resolve("allocation-" + year).toAbsolutePath().normalize();
    var outcome = launcher.allocate(new AllocationRequest(year, total, rate,
        cutOff != null ? cutOff : Candidate.defaultCutOff(year), base, base == null ? null : baseFile, reference, dir));
    if (!outcome.completed()) {
      System.out.println("起草失败（JOB_FAILED）：" + outcome.failure() + "；重新运行同一命令即可 (run it again)");
      return ExitCodes.JOB_FAILED;
    }
    var a = outcome.summary();
    System.out.printf("%d年发展党员计划草案（依据 %s 名册）%n", year, reference);
    System.out.println("  " + a.explanation());
    System.out.printf("  计划发展 %d 名，可发展人数合计 %d 名，%d 个支部分到名额%n", a.total(), a.capacityTotal(),
        a.branchesWithQuota());
    a.warnings().forEach(w -> System.out.println("  ! " + w));
    a.notes().forEach(n -> System.out.println("  · " + n));
    System.out.println("草案 draft plan: " + a.plan());
    System.out.println("说明 page: " + a.html());
    return ExitCodes.OK;
  }

  static void checkSize(Integer total, Double rate) {
    if ((total != null && total < 0) || (rate != null && (rate < -0.5 || rate > 0.5 || rate.isNaN()))) {
      throw new CommandFailure(ExitCodes.USAGE, "--total 不能为负数，--net-growth-rate 应在 -0.5 与 0.5 之间（BAD_SIZE）");
    }
  }

  private static Plan readPlan(Path file, boolean explicit) {
    if (!Files.exists(file)) {
      if (explicit) {
        throw new CommandFailure(ExitCodes.USAGE, "计划文件不存在：" + file + "（PLAN_MISSING）");
      }
      return null;
    }
    try {
      return PlanReader.read(file, IndicatorCatalog.standard().keySet(), null);
    } catch (PlanException e) {
      throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
    }
  }
}
