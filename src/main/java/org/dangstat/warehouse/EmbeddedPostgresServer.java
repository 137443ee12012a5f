package org.dangstat.warehouse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The PostgreSQL a newcomer gets without a server: real binaries from Maven (zonky), data kept in
 * a folder between runs. Durable settings (fsync on) because this is the warehouse, not a test.
 * The caller must hold the {@link RunLock} of the data folder before starting it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

  static final String DATABASE = "dangstat";

  private final EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  public static EmbeddedPostgresServer start(Path pgData) throws IOException {
    Files.createDirectories(pgData.getParent());
    stopOrphan(pgData);
    EmbeddedPostgres pg = EmbeddedPostgres.builder()
        .setDataDirectory(pgData)
        .setCleanDataDirectory(false)
        .setPort(0)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_wal_size", "2GB")
        .setServerConfig("timezone", "Asia/Shanghai")
        .setPGStartupWait(Duration.ofSeconds(60))
        .start();
    createDatabaseIfMissing(pg);
    return new EmbeddedPostgresServer(pg);
  }

  public DatabaseSettings settings() {
    return new DatabaseSettings(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws IOException {
    try (Connection c = pg.getPostgresDatabase().getConnection();
        var st = c.createStatement();
        var rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
      if (!rs.next()) {
        st.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
      }
    } catch (SQLException e) {
      throw new IOException("cannot create the embedded database: " + e.getMessage(), e);
    }
  }

  /**
   * A run killed with kill -9 leaves its postgres running on the data folder. We hold the run
   * lock, so nobody uses that server any more: stop it, or the new one could not start.
   */
  private static void stopOrphan(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
        .flatMap(line -> parsePid(line.trim()))
        .flatMap(ProcessHandle::of)
        .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    if (orphan.isEmpty()) {
      return;
    }
    ProcessHandle process = orphan.get();
    // SIGINT is PostgreSQL's fast shutdown: it ends the dead run's backends (which may still be
    // busy with a query) and rolls back. SIGTERM would wait for them; SIGKILL would leave them
    // holding shared memory so that no new server could start.
    if (!signal(process, "INT", 60)) {
      process.descendants().forEach(p -> signal(p, "QUIT", 0));
      signal(process, "QUIT", 30);
    }
  }

  private static boolean signal(ProcessHandle process, String signal, int waitSeconds) {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
      process.onExit().get(waitSeconds, java.util.concurrent.TimeUnit.SECONDS);
      return true;
    } catch (Exception e) {
      return !process.isAlive();
    }
  }

  private static Optional<Long> parsePid(String text) {
    try {
      return Optional.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
