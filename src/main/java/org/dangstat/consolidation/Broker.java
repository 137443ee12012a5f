package org.dangstat.consolidation;

import com.rabbitmq.client.ConnectionFactory;
import java.net.URI;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;

/**
 * The RabbitMQ broker of a remote consolidation, named by an AMQP URL
 * ({@code amqp://user:password@host:5672/vhost}). The command line checks it before any work, so
 * that a broker that is down is a configuration error (exit 2), not a job that fails half way.
 */
public final class Broker {

  /** Spring properties that switch a command's context to a remote role. */
  public static final String ROLE = "dangstat.remote.role";
  public static final String URL = "dangstat.remote.broker";
  public static final String QUEUE = "dangstat.remote.queue";
  public static final String TIMEOUT_SECONDS = "dangstat.remote.timeout-seconds";
  public static final String PARTITIONS = "dangstat.remote.partitions";

  private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

  private Broker() {}

  /** Why the broker cannot be used, in Chinese with a stable English code; null when it answers. */
  public static String problem(String url) {
    ConnectionFactory factory = new ConnectionFactory();
    try {
      factory.setUri(normalize(url));
    } catch (Exception e) {
      return "消息代理地址无效：" + url + "，应为 amqp://用户:密码@主机:5672/（BAD_BROKER_URL: " + e.getMessage() + "）";
    }
    factory.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
    factory.setAutomaticRecoveryEnabled(false);
    try (var connection = factory.newConnection("dangstat-check")) {
      return null;
    } catch (Exception e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return "无法连接消息代理 " + describe(url) + "：请确认 RabbitMQ 已启动、地址和账号正确（BROKER_UNREACHABLE: "
          + (root == e ? e.toString() : e + " / " + root) + "）";
    }
  }

  /**
   * {@code amqp://host:5672/} as people write it means the default virtual host {@code /}; to the
   * AMQP URI rules it would mean a virtual host named "" that does not exist.
   */
  static String normalize(String url) {
    return url.matches("amqps?://[^/]+/") ? url.substring(0, url.length() - 1) : url;
  }

  /** The URL without its password, for messages and logs. */
  public static String describe(String url) {
    return url.replaceFirst("//([^:/@]+):[^@]*@", "//$1:***@");
  }

  /**
   * The default queue of a warehouse: one per database, so that the workers of one warehouse never
   * take partitions meant for another that shares the broker.
   */
  public static String defaultQueue(String jdbcUrl) {
    String path = jdbcUrl.replaceFirst("^jdbc:postgresql://[^/]*/?", "");
    int q = path.indexOf('?');
    String database = (q < 0 ? path : path.substring(0, q)).replaceAll("[^A-Za-z0-9_.-]", "_");
    return "dangstat.consolidate." + (database.isEmpty() ? "postgres" : database);
  }

  static CachingConnectionFactory connectionFactory(String url, String name) {
    var factory = new CachingConnectionFactory(URI.create(normalize(url)));
    factory.setConnectionNameStrategy(f -> name + "-" + ProcessHandle.current().pid());
    return factory;
  }
}
