package org.dangstat.cli;

import java.util.Map;
import org.dangstat.consolidation.Broker;
import picocli.CommandLine.Option;

/** The broker of a remote consolidation, shared by {@code consolidate --broker} and {@code worker}. */
final class RemoteOptions {

  @Option(names = "--broker", paramLabel = "AMQP_URL",
      description = "RabbitMQ broker of the remote workers, e.g. amqp://guest:guest@127.0.0.1:5672/ (needs --db)")
  String broker;

  @Option(names = "--queue", paramLabel = "NAME",
      description = "the partitions' queue (default: dangstat.consolidate.<database name>)")
  String queue;

  @Option(names = "--partitions", paramLabel = "N",
      description = "partitions of the inbox, split by branch (manager only; default: ${DEFAULT-VALUE})")
  int partitions = 16;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "how long the manager waits for the workers (default: ${DEFAULT-VALUE}, 4 hours)")
  long timeoutSeconds = 14_400;

  /** Checks what a remote run needs before any work: a real database and a broker that answers. */
  Map<String, Object> properties(DatabaseOptions database, String role) {
    if (database.url == null) {
      throw new CommandFailure(ExitCodes.USAGE, "--broker 需要 --db：管理进程和所有工作进程使用同一个 PostgreSQL 服务器"
          + "（BROKER_NEEDS_DB: use --db JDBC_URL）");
    }
    if (partitions < 1 || timeoutSeconds < 1) {
      throw new CommandFailure(ExitCodes.USAGE, "--partitions 和 --timeout 必须为正数（BAD_REMOTE_OPTION）");
    }
    String problem = Broker.problem(broker);
    if (problem != null) {
      throw new CommandFailure(ExitCodes.USAGE, problem);
    }
    return Map.of(Broker.ROLE, role, Broker.URL, broker,
        Broker.QUEUE, queue != null ? queue : Broker.defaultQueue(database.url),
        Broker.TIMEOUT_SECONDS, String.valueOf(timeoutSeconds), Broker.PARTITIONS, String.valueOf(partitions));
  }

  Map<String, Object> managerProperties(DatabaseOptions database) {
    return properties(database, "manager");
  }
}
