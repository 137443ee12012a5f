package org.dangstat.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real PostgreSQL for tests: the server named by {@code DANGSTAT_TEST_DB} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}), else one embedded server for
 * the whole test JVM. Every test gets a database of its own.
 */
public final class TestDatabase {

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static String adminUrl;
  private static EmbeddedPostgres embedded;

  private TestDatabase() {}

  /** A new, empty database: its JDBC URL (user and password inside the URL). */
  public static synchronized String fresh() {
    String admin = adminUrl();
    String name = "dangstat_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = DriverManager.getConnection(admin); var st = c.createStatement()) {
      st.execute("drop database if exists " + name);
      st.execute("create database " + name + " encoding 'UTF8' template template0");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + admin, e);
    }
    return withDatabase(admin, name);
  }

  private static String adminUrl() {
    if (adminUrl != null) {
      return adminUrl;
    }
    String configured = System.getenv("DANGSTAT_TEST_DB");
    if (configured != null && !configured.isBlank()) {
      adminUrl = configured;
      dropLeftovers(adminUrl);
      return adminUrl;
    }
    try {
      embedded = EmbeddedPostgres.builder()
          .setDataDirectory(Files.createTempDirectory("dangstat-test-pg"))
          .setCleanDataDirectory(true)
          .start();
      adminUrl = embedded.getJdbcUrl("postgres", "postgres");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          embedded.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
      return adminUrl;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Databases of earlier test JVMs that are gone (a shared server would fill up otherwise). */
  private static void dropLeftovers(String admin) {
    try (Connection c = DriverManager.getConnection(admin); var st = c.createStatement();
        var rs = st.executeQuery("select datname from pg_database where datname like 'dangstat_test_%'")) {
      java.util.List<String> stale = new java.util.ArrayList<>();
      while (rs.next()) {
        String name = rs.getString(1);
        long pid = Long.parseLong(name.split("_")[2]);
        if (ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true)) {
          stale.add(name);
        }
      }
      for (String name : stale) {
        st.execute("drop database if exists " + name);
      }
    } catch (SQLException | RuntimeException e) {
      // leftovers are untidy, not wrong: carry on
    }
  }

  private static String withDatabase(String url, String name) {
    int q = url.indexOf('?');
    String base = q < 0 ? url : url.substring(0, q);
    String query = q < 0 ? "" : url.substring(q);
    return base.substring(0, base.lastIndexOf('/') + 1) + name + query;
  }
}
