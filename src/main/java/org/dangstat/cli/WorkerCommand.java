package org.dangstat.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dangstat.consolidation.Broker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "worker", mixinStandardHelpOptions = true,
    description = {"A consolidation worker for remote partitioning: takes partitions of an inbox from the broker, "
        + "one at a time, and loads them into the warehouse, until it is stopped (SIGTERM). The inbox and the "
        + "archive must be readable at the same path by every worker; the key of the person hash must be the "
        + "manager's (DANGSTAT_ID_KEY, or id-hash.key in --data). Run as many as the database can take.",
        "", "Example:",
        "  dangstat worker --broker amqp://guest:guest@mq:5672/ --db jdbc:postgresql://db:5432/dangstat --data /var/lib/dangstat",
        ""})
final class WorkerCommand implements Callable<Integer> {

  @Option(names = "--broker", required = true, paramLabel = "AMQP_URL",
      description = "RabbitMQ broker, e.g. amqp://guest:guest@127.0.0.1:5672/")
  String broker;

  @Option(names = "--queue", paramLabel = "NAME",
      description = "the partitions' queue (default: dangstat.consolidate.<database name>, as the manager's)")
  String queue;

  @Mixin DatabaseOptions database;

  @Override
  public Integer call() throws Exception {
    var remote = new RemoteOptions();
    remote.broker = broker;
    remote.queue = queue;
    var props = new HashMap<>(remote.properties(database, "worker"));
    props.put("spring.flyway.enabled", "false"); // the manager migrates the schema, once, under its lock
    // which worker holds which partition, for an operator in pg_stat_activity / pg_locks
    props.put("spring.datasource.hikari.data-source-properties.ApplicationName",
        "dangstat-worker-" + ProcessHandle.current().pid());
    Session session = Session.worker(database, database.dataDir(Path.of("data")), System.out, props);
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      session.close(); // stops taking partitions; one in progress is taken over by another worker
      stopped.countDown();
    }, "dangstat-worker-stop"));
    System.out.printf("工作进程 worker %d 已启动：队列 %s，消息代理 %s，数据库 %s%n", ProcessHandle.current().pid(),
        props.get(Broker.QUEUE), Broker.describe(broker), database.url);
    stopped.await();
    return ExitCodes.OK;
  }
}
