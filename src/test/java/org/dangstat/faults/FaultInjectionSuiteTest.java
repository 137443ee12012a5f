package org.dangstat.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.dangstat.support.Child;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.dangstat.support.Warehouse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10's fault-injection suite: kill -9 (SIGKILL from outside, at random moments) of a
 * 2,016-file consolidation, in start-up and while files load, each kill followed by a re-run that
 * resumes; the killed warehouse must end exactly as a clean run's. Meanwhile one inbox file grows
 * (an upload still arriving) and one cannot be read. Then kill -9 at each step of {@code analyze},
 * each followed by a re-run whose output equals a clean run's. Prints how many kills landed in
 * each phase. The seed is printed: {@code -Ddangstat.faults.seed=N} replays a run's choices.
 */
class FaultInjectionSuiteTest {

  static final int BRANCHES = 84;
  static final int QUARTERS = 24; // 2021Q1 .. 2026Q4
  static final int FILES = BRANCHES * QUARTERS;
  /**
   * In a branch of its own: a file still growing is loaded in a different version by the killed
   * runs and the clean one, and a later quarter of its branch would carry the cross-check's
   * warnings against whichever version was in the warehouse when it loaded (period-checks.md §1).
   */
  static final String GROWING = "B-900_2020Q4.csv";
  static final String UNREADABLE = "B-001_2020Q4.csv";

  @TempDir Path tmp;

  @Test
  void killedConsolidationAndAnalyzeEndLikeCleanRuns() throws Exception {
    long seed = Long.getLong("dangstat.faults.seed", System.nanoTime());
    Random random = new Random(seed);
    long started = System.nanoTime();
    Path inbox = township(tmp.resolve("inbox"));
    Path growing = inbox.resolve(GROWING);
    Files.setPosixFilePermissions(inbox.resolve(UNREADABLE), PosixFilePermissions.fromString("---------"));

    String killedDb = TestDatabase.fresh();
    Path killedData = tmp.resolve("killed");
    Map<String, Integer> phases = new LinkedHashMap<>();
    List.of("start-up", "loading", "after loading").forEach(p -> phases.put(p, 0));
    List<String> kills = new ArrayList<>();
    AtomicBoolean stop = new AtomicBoolean();
    Thread uploader = appender(growing, stop);
    uploader.start();
    try {
      Child consolidate = Child.dangstat("consolidate", "--inbox", inbox.toString(), "--db", killedDb,
          "--data", killedData.toString(), "--quiet");
      // the first kill at a random moment of start-up, then four while files load, each further on
      String phase = killAfter(consolidate, tmp.resolve("kill-0.log"), killedDb, -1, 500 + random.nextInt(2500));
      phases.merge(phase, 1, Integer::sum);
      kills.add(phase);
      for (int k = 1; k <= 4; k++) {
        long now = registered(killedDb);
        long target = now + 1 + random.nextInt((int) Math.max(1, (FILES * k / 4 - 40) - now));
        phase = killAfter(consolidate, tmp.resolve("kill-" + k + ".log"), killedDb, target, 0);
        phases.merge(phase, 1, Integer::sum);
        kills.add(phase + " at " + target);
      }
    } finally {
      stop.set(true);
      uploader.join();
    }
    double killsDone = (System.nanoTime() - started) / 1e9;
    var resumed = Child.dangstat("consolidate", "--inbox", inbox.toString(), "--db", killedDb,
        "--data", killedData.toString()).run(tmp.resolve("resumed.log"));
    assertThat(resumed.exitCode()).as(resumed.out()).isZero();
    assertThat(resumed.out()).contains("续跑 resumed").contains(UNREADABLE).contains("FILE_ACCESS_DENIED");

    String cleanDb = TestDatabase.fresh();
    Path cleanData = Files.createDirectories(tmp.resolve("clean"));
    Files.copy(killedData.resolve("id-hash.key"), cleanData.resolve("id-hash.key"));
    var clean = Child.dangstat("consolidate", "--inbox", inbox.toString(), "--db", cleanDb,
        "--data", cleanData.toString(), "--quiet").run(tmp.resolve("clean.log"));
    assertThat(clean.exitCode()).as(clean.out()).isZero();

    double consolidated = (System.nanoTime() - started) / 1e9;
    assertThat(state(killedDb)).isEqualTo(state(cleanDb));
    assertGrowingFileArchivedAsLoaded(killedDb);
    assertGrowingFileArchivedAsLoaded(cleanDb);

    Map<String, Integer> analyzeKills = killAnalyzeAtEachStep(killedDb, killedData);

    System.out.printf("fault injection (seed %d): %d consolidation kills by phase %s (%s); analyze kills by step %s;"
        + " %.0f s (kills done at %.0f s, resumed and clean runs done at %.0f s)%n", seed, kills.size(), phases,
        String.join(", ", kills), analyzeKills, (System.nanoTime() - started) / 1e9, killsDone, consolidated);
    assertThat(phases.get("loading")).isGreaterThanOrEqualTo(3);
    assertThat(analyzeKills).containsOnlyKeys("indicators", "charts", "report").allSatisfy((k, v) -> assertThat(v).isOne());
  }

  /** kill -9 at each step of analyze, each followed by a re-run; every re-run's output equals a clean run's. */
  private Map<String, Integer> killAnalyzeAtEachStep(String db, Path data) throws Exception {
    Path cleanOut = tmp.resolve("out-clean");
    Path plan = Files.writeString(tmp.resolve("plan-2026.yml"), """
        year: 2026
        org: TS
        planned_new: 10
        tolerance: 0.05
        targets:
          new_frontline_share: {min: 0.80}
          activist_candidate_ratio: {min: 3.0}
        """);
    var clean = Cli.run("analyze", "--period", "2026", "--plan", plan.toString(), "--db", db, "--data", data.toString(),
        "--out", cleanOut.toString());
    assertThat(clean.exitCode()).as(clean.out()).isZero();
    Map<String, String> expected = outputs(cleanOut);
    assertThat(expected.keySet()).anyMatch(n -> n.endsWith(".csv")).anyMatch(n -> n.endsWith(".svg"))
        .anyMatch(n -> n.endsWith("report.html"));
    Map<String, Integer> killed = new TreeMap<>();
    for (String step : List.of("indicators", "charts", "report")) {
      Path out = tmp.resolve("out-" + step);
      var run = Child.dangstat("analyze", "--period", "2026", "--plan", plan.toString(), "--db", db,
          "--data", data.toString(),
          "--out", out.toString()).env(KillAtStep.ENV, step).run(tmp.resolve("analyze-" + step + ".log"));
      assertThat(run.exitCode()).as(run.out()).isEqualTo(137);
      assertThat(run.out()).contains("KILL_AT_STEP " + step);
      killed.merge(step, 1, Integer::sum);
      var again = Cli.run("analyze", "--period", "2026", "--plan", plan.toString(), "--db", db, "--data", data.toString(),
          "--out", out.toString());
      assertThat(again.exitCode()).as(again.out()).isZero();
      assertThat(outputs(out)).as("analyze re-run after a kill at " + step).isEqualTo(expected);
    }
    return killed;
  }

  /**
   * Starts the child and kills it with SIGKILL once {@code target} files are registered (or after
   * {@code delayMillis} when target is negative); returns the phase the kill landed in.
   */
  private static String killAfter(Child child, Path log, String db, long target, long delayMillis) throws Exception {
    Process p = child.builder(log).start();
    long deadline = System.nanoTime() + delayMillis * 1_000_000L;
    while (p.isAlive()) {
      if (target < 0 ? System.nanoTime() >= deadline : registered(db) >= target) {
        p.destroyForcibly(); // SIGKILL
        break;
      }
      Thread.sleep(15);
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("the child must die by the kill, not finish: " + Files.readString(log)).isEqualTo(137);
    long n = registered(db);
    return n == 0 ? "start-up" : n < FILES ? "loading" : "after loading";
  }

  /** Branch files registered so far, committed (0 before the schema exists). */
  private static long registered(String db) {
    try (var c = DriverManager.getConnection(db); var st = c.createStatement();
        var rs = st.executeQuery("select count(*) from warehouse.submission where kind = 'branch'")) {
      rs.next();
      return rs.getLong(1);
    } catch (Exception e) {
      return 0;
    }
  }

  private static Path township(Path inbox) throws Exception {
    var t = new Township(inbox);
    List<String> units = new ArrayList<>(List.of("组织代码,组织名称,上级代码,组织层级,组织类别", "TS,测试街道党工委,,党工委,"));
    for (int b = 1; b <= BRANCHES; b++) {
      units.add(String.format("B-%03d,第%d党支部,TS,党支部,农村", b, b));
    }
    units.add("B-900,上传中的党支部,TS,党支部,农村");
    t.write("orgunits.csv", StandardCharsets.UTF_8, units);
    for (int b = 1; b <= BRANCHES; b++) {
      List<String> rows = new ArrayList<>();
      for (int p = 0; p < 5; p++) {
        rows.add(member(id(String.format("19%02d%02d%02d", 50 + p, 1 + b % 12, 1 + b / 12), 1 + 2 * p), "党员" + p));
      }
      for (int q = 0; q < QUARTERS; q++) {
        t.branchFile(String.format("B-%03d/B-%03d_%dQ%d.csv", b, b, 2021 + q / 4, 1 + q % 4), rows);
      }
    }
    t.branchFile(UNREADABLE, List.of(member(id("19900101", 1), "读不到")));
    t.branchFile(GROWING, List.of(member(id("19900102", 1), "上传中")));
    return inbox;
  }

  /** An upload still arriving: whole rows appended to the file while the runs go on. */
  private static Thread appender(Path file, AtomicBoolean stop) {
    return new Thread(() -> {
      int p = 0;
      try (var out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
        while (!stop.get() && p < 2_000) {
          out.write((member(id(String.format("19%02d%02d%02d", 60 + p % 30, 1 + p / 30 % 12, 1 + p / 360), 3), "新" + p)
              + "\r\n").getBytes(StandardCharsets.UTF_8));
          out.flush();
          p++;
          Thread.sleep(5);
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  /** Every version of the growing file registered: its archived copy is what was hashed and loaded. */
  private static void assertGrowingFileArchivedAsLoaded(String db) throws Exception {
    try (var w = new Warehouse(db)) {
      for (var r : w.dsl.fetch("select archive_path, content_hash, size_bytes, rows_total, rows_loaded, status "
          + "from warehouse.submission where file_name = '" + GROWING + "'")) {
        Path archived = Path.of(r.get(0, String.class));
        byte[] bytes = Files.readAllBytes(archived);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
            .isEqualTo(r.get(1, String.class));
        assertThat((long) bytes.length).isEqualTo(r.get(2, Long.class));
        long rows = new String(bytes, StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).count();
        assertThat((long) r.get(3, Integer.class)).isEqualTo(rows);
      }
    }
  }

  /** Everything that matters, without ids and times; the growing file is checked on its own. */
  private static String state(String db) throws Exception {
    try (var w = new Warehouse(db)) {
      String notGrowing = " s.file_name <> '" + GROWING + "'";
      return w.dsl.fetch("select s.kind, s.inbox_path, s.status, s.content_hash, s.rows_total, s.rows_loaded, "
          + "s.errors, s.warnings from warehouse.submission s where" + notGrowing + " order by s.inbox_path").formatCSV()
          + w.dsl.fetch("select s.inbox_path, ps.row_no, ps.person_key, ps.stage, ps.probation_on from "
          + "warehouse.person_snapshot ps join warehouse.submission s on s.id = ps.submission_id where" + notGrowing
          + " order by 1, 2").formatCSV()
          + w.dsl.fetch("select code, name, parent_code from warehouse.v_org_unit order by 1").formatCSV()
          + w.dsl.fetch("select count(*) from warehouse.file_issue i join warehouse.submission s on s.id = i.submission_id"
          + " where" + notGrowing).formatCSV();
    }
  }

  /** An analyze output folder: every file's name, and the bytes of those that hold no time of making. */
  private static Map<String, String> outputs(Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        String name = dir.relativize(p).toString();
        boolean stable = name.endsWith(".csv") || name.endsWith(".svg");
        files.put(name, stable ? Files.readString(p) : Files.size(p) > 0 ? "non-empty" : "EMPTY");
      }
    }
    return files;
  }
}
