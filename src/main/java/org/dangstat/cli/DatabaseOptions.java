package org.dangstat.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the warehouse is, shared by every command. */
final class DatabaseOptions {

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "a real PostgreSQL server, e.g. jdbc:postgresql://127.0.0.1:5432/dangstat "
          + "(default: the embedded PostgreSQL in --data)")
  String url;

  @Option(names = "--db-user", paramLabel = "USER", description = "default: $PGUSER")
  String user;

  @Option(names = "--db-password", paramLabel = "PASSWORD", description = "avoid it: visible to every user in ps "
      + "and kept in the shell's history; use $PGPASSWORD (e.g. from a systemd EnvironmentFile) or ~/.pgpass")
  String password;

  @Option(names = "--data", paramLabel = "DIR",
      description = "local state: embedded database, archive, ID-hash key, lock (default: data/)")
  Path data;

  @Option(names = "--quiet", description = "print only the summary")
  boolean quiet;

  /**
   * A --db that is not a PostgreSQL JDBC URL is a typing mistake, not an unreachable server: said
   * so before anything starts.
   */
  void checkUrl() {
    if (url == null) {
      return;
    }
    boolean wellFormed;
    try {
      wellFormed = url.startsWith("jdbc:postgresql:") && org.postgresql.Driver.parseURL(url, null) != null;
    } catch (RuntimeException e) {
      wellFormed = false;
    }
    if (!wellFormed) {
      throw new CommandFailure(ExitCodes.USAGE, "--db “" + url + "” 不是有效的PostgreSQL JDBC地址，应形如 "
          + "jdbc:postgresql://主机:5432/数据库（DB_URL_MALFORMED）");
    }
  }

  /** The data folder: as given, else {@code fallback}. */
  Path dataDir(Path fallback) {
    return (data != null ? data : fallback).toAbsolutePath().normalize();
  }

  String effectiveUser() {
    return user != null ? user : System.getenv("PGUSER");
  }

  /** The password: --db-password (with a warning), else $PGPASSWORD, else null (the driver reads ~/.pgpass). */
  String effectivePassword() {
    if (password != null) {
      System.err.println("警告：--db-password 会被本机其他用户在进程列表（ps）中看到，并留在 shell 历史里；请改用环境变量 "
          + "PGPASSWORD（例如 systemd 的 EnvironmentFile）或 ~/.pgpass（PASSWORD_ON_COMMAND_LINE）");
      return password;
    }
    String env = System.getenv("PGPASSWORD");
    return env == null || env.isEmpty() ? null : env;
  }
}
