package org.dangstat.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.dangstat.app.WarehouseContext;
import org.dangstat.app.RunContext;
import org.dangstat.warehouse.DatabaseSettings;
import org.dangstat.warehouse.EmbeddedPostgresServer;
import org.dangstat.warehouse.IdHasher;
import org.dangstat.warehouse.IdKeyGuard;
import org.dangstat.warehouse.RunLock;
import org.dangstat.warehouse.SetupFailure;
import org.dangstat.warehouse.WarehouseLock;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Everything one command run holds, acquired in order and released in reverse: the lock of the
 * data folder, the database (embedded or real), the warehouse lock, the Spring context.
 */
final class Session implements AutoCloseable {

  private final RunLock runLock;
  private final EmbeddedPostgresServer embedded;
  private final WarehouseLock warehouseLock;
  final ConfigurableApplicationContext context;
  final RunContext run;
  /** The server this session works on (the embedded one's own address when embedded). */
  final DatabaseSettings database;

  private Session(RunLock runLock, EmbeddedPostgresServer embedded, WarehouseLock warehouseLock,
      ConfigurableApplicationContext context, RunContext run, DatabaseSettings database) {
    this.database = database;
    this.runLock = runLock;
    this.embedded = embedded;
    this.warehouseLock = warehouseLock;
    this.context = context;
    this.run = run;
  }

  static Session open(DatabaseOptions options, Path data, PrintStream out) throws IOException {
    return open(options, data, out, Map.of());
  }

  /** A session whose context has {@code extra} properties (a remote manager's broker and queue). */
  static Session open(DatabaseOptions options, Path data, PrintStream out, Map<String, Object> extra)
      throws IOException {
    options.checkUrl();
    RunLock runLock = RunLock.tryAcquire(data);
    if (runLock == null) {
      throw new CommandFailure(ExitCodes.LOCKED, "另一个 dangstat 运行正在使用 " + data
          + "（ALREADY_RUNNING: another run holds the lock; try again when it has finished）");
    }
    EmbeddedPostgresServer embedded = null;
    WarehouseLock warehouseLock = null;
    try {
      DatabaseSettings db;
      if (options.url == null) {
        embedded = EmbeddedPostgresServer.start(data.resolve("pg"));
        db = embedded.settings();
      } else {
        db = new DatabaseSettings(options.url, options.effectiveUser(), options.effectivePassword());
      }
      warehouseLock = lockWarehouse(db);
      RunContext run = new RunContext(data, IdHasher.loadKey(data), out, options.quiet);
      var context = WarehouseContext.start(db, run, extra);
      return new Session(runLock, embedded, warehouseLock, context, run, db);
    } catch (RuntimeException | IOException e) {
      closeQuietly(warehouseLock, embedded, runLock);
      throw e;
    }
  }

  /**
   * A remote worker's session: no lock of a data folder or of the warehouse (many workers share
   * both, the manager holds the run's locks), a real server only, and the key of the person hash
   * given, never made up: a worker with a key of its own would make the same people look new.
   */
  static Session worker(DatabaseOptions options, Path data, PrintStream out, Map<String, Object> extra)
      throws IOException {
    if (options.url == null) {
      throw new CommandFailure(ExitCodes.USAGE, "工作进程需要 --db：所有工作进程和管理进程使用同一个 PostgreSQL 服务器"
          + "（WORKER_NEEDS_DB: use --db JDBC_URL）");
    }
    if (!IdHasher.isConfigured(data)) {
      throw new CommandFailure(ExitCodes.USAGE, "工作进程没有身份证号哈希密钥：请设置 " + IdHasher.KEY_ENV
          + "，或用 --data 指向存有管理进程 id-hash.key 副本的目录（KEY_REQUIRED）");
    }
    var db = new DatabaseSettings(options.url, options.effectiveUser(), options.effectivePassword());
    try (var c = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password())) {
      c.isValid(5); // a worker never takes the warehouse lock: the manager holds it for the run
    } catch (SQLException e) {
      throw new CommandFailure(ExitCodes.USAGE, "无法连接数据库 " + db.describe() + "（DB_UNREACHABLE: " + e.getMessage() + "）");
    }
    RunContext run = new RunContext(data, IdHasher.loadKey(data), out, options.quiet);
    var context = WarehouseContext.start(db, run, extra);
    try {
      context.getBean(IdKeyGuard.class).verify(run.idKey());
    } catch (IdKeyGuard.KeyRefused e) {
      context.close();
      throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
    }
    return new Session(null, null, null, context, run, db);
  }

  private static WarehouseLock lockWarehouse(DatabaseSettings db) {
    try {
      WarehouseLock lock = WarehouseLock.tryAcquire(db);
      if (lock == null) {
        throw new CommandFailure(ExitCodes.LOCKED, "另一个 dangstat 运行正在使用数据库 " + db.describe()
            + "（ALREADY_RUNNING: another run holds the warehouse lock）");
      }
      return lock;
    } catch (SQLException e) {
      throw new CommandFailure(ExitCodes.USAGE, "数据库 " + db.describe() + "：" + SetupFailure.of(e).getMessage());
    }
  }

  @Override
  public void close() {
    context.close();
    closeQuietly(warehouseLock, embedded, runLock);
  }

  private static void closeQuietly(AutoCloseable... resources) {
    for (AutoCloseable r : resources) {
      if (r != null) {
        try {
          r.close();
        } catch (Exception ignored) {
          // releasing what we hold on the way out; nothing more to do
        }
      }
    }
  }
}
