package org.dangstat.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rabbitmq.client.ConnectionFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangstat.consolidation.Broker;

/**
 * The machine's own PostgreSQL server and RabbitMQ broker, for the tests whose separate JVMs
 * (a manager and its workers) must meet on real servers (.ci/run starts both when they are down).
 * A test that cannot have them is skipped, and says why. Databases and queues made here are
 * dropped by {@link #close()}.
 */
public final class LocalServices implements AutoCloseable {

  public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  public static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final List<String> databases = new ArrayList<>();
  private final List<String> queues = new ArrayList<>();

  /** Skips the calling test unless both servers answer. */
  public static LocalServices require() {
    String pg = null;
    try (Connection c = DriverManager.getConnection(POSTGRES)) {
      c.isValid(5);
    } catch (SQLException e) {
      pg = e.getMessage();
    }
    assumeTrue(pg == null, "remote partitioning test skipped: no PostgreSQL at 127.0.0.1:5432 (user postgres, trust): "
        + pg + " — start it with `pg_ctlcluster --skip-systemctl-redirect 15 main start`");
    String mq = Broker.problem(BROKER);
    assumeTrue(mq == null, "remote partitioning test skipped: no RabbitMQ at 127.0.0.1:5672 (guest/guest): " + mq
        + " — start it with `rabbitmq-server -detached`");
    return new LocalServices();
  }

  /** A new empty database on the local server: its JDBC URL. */
  public String freshDatabase() throws SQLException {
    String name = "dangstat_remote_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = DriverManager.getConnection(POSTGRES); var st = c.createStatement()) {
      st.execute("drop database if exists " + name);
      st.execute("create database " + name + " encoding 'UTF8' template template0");
    }
    databases.add(name);
    return "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres";
  }

  /** A queue name no other test uses (deleted at the end). */
  public String freshQueue() {
    String name = "dangstat.test." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet();
    queues.add(name);
    return name;
  }

  @Override
  public void close() throws Exception {
    var factory = new ConnectionFactory();
    factory.setUri(BROKER);
    try (var connection = factory.newConnection(); var channel = connection.createChannel()) {
      for (String q : queues) {
        channel.queueDelete(q);
      }
    }
    try (Connection c = DriverManager.getConnection(POSTGRES); var st = c.createStatement()) {
      for (String name : databases) {
        st.execute("drop database if exists " + name + " with (force)");
      }
    }
  }
}
