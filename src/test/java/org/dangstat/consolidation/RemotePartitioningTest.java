package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.dangstat.support.Cli;
import org.dangstat.support.LocalServices;
import org.dangstat.support.Warehouse;
import org.dangstat.warehouse.DatabaseSettings;
import org.dangstat.warehouse.PartitionLock;
import org.dangstat.warehouse.WarehouseLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remote partitioning on the machine's PostgreSQL and RabbitMQ: a manager (this JVM) and two
 * worker JVMs consolidate 300-odd files; the warehouse ends exactly as after a local run, through
 * a manager that timed out because no worker listened (it names the partitions and a re-run
 * resumes), a worker killed with kill -9 in the middle of a partition (another takes it over),
 * and the same command run once more.
 */
class RemotePartitioningTest {

  private static final int PARTITIONS = 4;

  @TempDir Path tmp;
  private final List<Process> workers = new ArrayList<>();

  @AfterEach
  void stopWorkers() throws InterruptedException {
    for (Process p : workers) {
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void twoWorkerJvmsLoadLikeALocalRunThroughATimeoutAndAWorkerKilledMidPartition() throws Exception {
    try (LocalServices services = LocalServices.require()) {
      try {
        remoteRunsEndLikeALocalRun(services);
      } finally {
        stopWorkers(); // before the queue is deleted: a listening worker would declare it again
      }
    }
  }

  private void remoteRunsEndLikeALocalRun(LocalServices services) throws Exception {
    Path inbox = RemoteInbox.write(tmp.resolve("inbox"), PARTITIONS);
    Path localData = withKey(tmp.resolve("local"));
    Path remoteData = withKey(tmp.resolve("remote"));

    String remoteDb = services.freshDatabase();
    String queue = services.freshQueue();
    // nobody listens yet: the manager gives up after its timeout and says what is missing
    var timedOut = manager(inbox, remoteDb, remoteData, queue, 3);
    assertThat(timedOut.exitCode()).isEqualTo(1);
    assertThat(timedOut.out()).contains("WORKER_TIMEOUT", "4 个分区未完成", "submissionsWorker:partition0",
        "submissionsWorker:partition3");

    // a partition of that run still claimed (as by a live worker of it): the re-run must not resend it
    var pg = new org.postgresql.ds.PGSimpleDataSource();
    pg.setUrl(remoteDb);
    long partition0 = stepExecutionId(remoteDb, "submissionsWorker:partition0");
    try (var claim = PartitionLock.tryClaim(pg, partition0)) {
      var refused = manager(inbox, remoteDb, remoteData, queue, 300);
      assertThat(refused.exitCode()).isEqualTo(3);
      assertThat(refused.err()).contains("PARTITION_STILL_RUNNING", "submissionsWorker:partition0");
    }

    Process a = worker(remoteDb, remoteData, queue, "a");
    Process b = worker(remoteDb, remoteData, queue, "b");
    // the local run to compare with, while the workers start
    String localDb = services.freshDatabase();
    var local = Cli.consolidate(inbox, localDb, localData);
    assertThat(local.exitCode()).as(local.err()).isZero();
    assertThat(state(localDb)).contains("superseded", "rejected", "UNKNOWN_BRANCH", "RP-001,RP-002");
    assertThat(local.out()).contains("README.txt");
    awaitListening(a, "a");
    awaitListening(b, "b");
    Future<Cli.Result> run = CompletableFuture.supplyAsync(() -> manager(inbox, remoteDb, remoteData, queue, 300));
    Process killed = killOneMidPartition(remoteDb, run);
    Process survivor = killed == a ? b : a;
    var resumed = run.get(5, TimeUnit.MINUTES);
    assertThat(resumed.exitCode()).as(resumed.out() + resumed.err() + log(survivor == a ? "a" : "b")).isZero();
    assertThat(resumed.out()).contains("续跑 resumed");
    assertThat(log(survivor == a ? "a" : "b")).contains("接手中断的分区 taking over");
    assertThat(figures(resumed.out())).isEqualTo(figures(local.out()));
    assertThat(state(remoteDb)).isEqualTo(state(localDb));

    var again = manager(inbox, remoteDb, remoteData, queue, 300);
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).containsPattern("接收 accepted\\s+0\\n");
    assertThat(state(remoteDb)).isEqualTo(state(localDb));
  }

  @Test
  void aBrokerThatIsDownIsAConfigurationErrorBeforeAnyWork() throws Exception {
    try (LocalServices services = LocalServices.require()) {
      Path inbox = RemoteInbox.write(tmp.resolve("inbox"), 1);
      String db = services.freshDatabase();
      var result = Cli.run("consolidate", "--inbox", inbox.toString(), "--db", db, "--data", withKey(tmp.resolve("d")).toString(),
          "--broker", "amqp://guest:guest@127.0.0.1:1");
      assertThat(result.exitCode()).isEqualTo(2);
      assertThat(result.err()).contains("无法连接消息代理", "BROKER_UNREACHABLE");
      try (var w = new Warehouse(db)) { // not even migrated
        assertThat(w.dsl.fetchValue("select count(*) from information_schema.schemata where schema_name in ('warehouse', 'batch')"))
            .isEqualTo(0L);
      }
      var worker = Cli.run("worker", "--broker", "amqp://guest:guest@127.0.0.1:1", "--db", db, "--data", tmp.resolve("d").toString());
      assertThat(worker.exitCode()).isEqualTo(2);
      assertThat(worker.err()).contains("BROKER_UNREACHABLE");
    }
  }

  @Test
  void aSecondManagerExitsThreeAndAWorkerWithoutTheKeyTwo() throws Exception {
    try (LocalServices services = LocalServices.require()) {
      Path inbox = RemoteInbox.write(tmp.resolve("inbox"), 1);
      String db = services.freshDatabase();
      try (var firstManager = WarehouseLock.tryAcquire(new DatabaseSettings(db, null, null))) {
        assertThat(firstManager).isNotNull();
        var second = manager(inbox, db, withKey(tmp.resolve("d")), services.freshQueue(), 60);
        assertThat(second.exitCode()).isEqualTo(3);
        assertThat(second.err()).contains("ALREADY_RUNNING");
      }
      var keyless = Cli.run("worker", "--broker", LocalServices.BROKER, "--db", db, "--data", tmp.resolve("empty").toString());
      assertThat(keyless.exitCode()).isEqualTo(2);
      assertThat(keyless.err()).contains("KEY_REQUIRED");
    }
  }

  private static Cli.Result manager(Path inbox, String db, Path data, String queue, int timeoutSeconds) {
    return Cli.run("consolidate", "--inbox", inbox.toString(), "--db", db, "--data", data.toString(),
        "--broker", LocalServices.BROKER, "--queue", queue, "--partitions", String.valueOf(PARTITIONS),
        "--timeout", String.valueOf(timeoutSeconds));
  }

  private Process worker(String db, Path data, String queue, String name) throws Exception {
    var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), "org.dangstat.cli.Dangstat", "worker",
        "--broker", LocalServices.BROKER, "--db", db, "--data", data.toString(), "--queue", queue)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("worker-" + name + ".log").toFile());
    Process p = builder.start();
    workers.add(p);
    return p;
  }

  private void awaitListening(Process worker, String name) throws Exception {
    for (int i = 0; i < 1200 && !log(name).contains("已启动"); i++) {
      if (!worker.isAlive()) {
        fail("worker " + name + " died: " + log(name));
      }
      Thread.sleep(100);
    }
    assertThat(log(name)).as("worker " + name + " did not start in 2 minutes").contains("已启动");
  }

  /**
   * Kills (SIGKILL) the worker that holds a partition which has committed some of its files and
   * not finished: its claim on the partition tells which JVM it is.
   */
  private Process killOneMidPartition(String db, Future<Cli.Result> run) throws Exception {
    try (var w = new Warehouse(db)) {
      while (!run.isDone()) {
        var holder = w.dsl.fetchOptional("""
            select a.application_name from batch.batch_step_execution s
            join pg_locks l on l.locktype = 'advisory' and l.classid = 25712 and l.objid::bigint = s.step_execution_id
              and l.database = (select oid from pg_database where datname = current_database())
            join pg_stat_activity a on a.pid = l.pid
            where s.status = 'STARTED' and s.commit_count >= 1 and s.step_name like 'submissionsWorker:%'
            limit 1""");
        if (holder.isPresent()) {
          long pid = Long.parseLong(holder.get().get(0, String.class).replace("dangstat-worker-", ""));
          Process victim = workers.stream().filter(p -> p.pid() == pid).findFirst().orElseThrow();
          victim.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback from the worker's side
          assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
          return victim;
        }
        Thread.sleep(20);
      }
    }
    return fail("the run finished before a worker could be killed in the middle of a partition");
  }

  private static long stepExecutionId(String db, String stepName) throws Exception {
    try (var w = new Warehouse(db)) {
      return w.dsl.fetchValue("select max(step_execution_id) from batch.batch_step_execution where step_name = ?",
          stepName) instanceof Number n ? n.longValue() : -1;
    }
  }

  private String log(String name) throws Exception {
    Path file = tmp.resolve("worker-" + name + ".log");
    return Files.exists(file) ? Files.readString(file) : "";
  }

  private static Path withKey(Path data) throws Exception {
    Files.createDirectories(data);
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (i * 7 + 3);
    }
    Files.writeString(data.resolve("id-hash.key"), HexFormat.of().formatHex(key) + "\n");
    return data;
  }

  /** The summary's counts (not its times). */
  private static List<String> figures(String out) {
    return Pattern.compile("^\\s+(接收|退回|未变|忽略|读取行|入库行|错误|警告|跨支部冲突) .*$", Pattern.MULTILINE)
        .matcher(out).results().map(m -> m.group().trim()).toList();
  }

  /** Everything that matters in the warehouse, without ids and times. */
  private static String state(String db) throws Exception {
    try (var w = new Warehouse(db)) {
      return w.dsl.fetch("""
          select s.kind, s.inbox_path, s.status, s.content_hash, s.branch_code, s.period, s.rows_total, s.rows_loaded,
                 s.errors, s.warnings
          from warehouse.submission s order by s.inbox_path, s.content_hash""").formatCSV()
          + w.dsl.fetch("""
          select s.inbox_path, ps.row_no, ps.person_key, ps.stage, ps.probation_on
          from warehouse.person_snapshot ps join warehouse.submission s on s.id = ps.submission_id
          order by 1, 2""").formatCSV()
          + w.dsl.fetch("select person_key, id_masked from warehouse.person order by 1").formatCSV()
          + w.dsl.fetch("select code, name, parent_code from warehouse.v_org_unit order by 1").formatCSV()
          + w.dsl.fetch("""
          select s.inbox_path, i.severity, i.row_no, i.column_name, i.code, i.message
          from warehouse.file_issue i join warehouse.submission s on s.id = i.submission_id
          order by 1, 3, 5, 4, 6""").formatCSV()
          + w.dsl.fetch("""
          select period, person_key, branch_a, branch_b from warehouse.v_cross_branch_conflict order by 1, 2, 3, 4""")
          .formatCSV();
    }
  }
}
