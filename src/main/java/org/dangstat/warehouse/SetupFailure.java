package org.dangstat.warehouse;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * Why the warehouse could not be opened, said for people: Chinese, with a stable English code and
 * what to do. The library's own exception stays the cause (DANGSTAT_DEBUG=1 prints it).
 */
public final class SetupFailure extends RuntimeException {

  private final String code;

  private SetupFailure(String code, String message, Throwable cause) {
    super(message + "（" + code + "）", cause);
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** A refusal of the database server, by its SQLSTATE. */
  public static SetupFailure of(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String detail = " / " + firstLine(e.getMessage());
    if (state.startsWith("28")) {
      return new SetupFailure("DB_AUTH_FAILED", "数据库拒绝了用户名或密码：请检查 PGUSER/PGPASSWORD、~/.pgpass 或 --db-user"
          + detail, e);
    }
    if (state.equals("3D000")) {
      return new SetupFailure("DB_MISSING", "数据库不存在：请先创建（例如 createdb dangstat）" + detail, e);
    }
    if (state.startsWith("08")) {
      return new SetupFailure("DB_UNREACHABLE", "无法连接数据库服务器：请检查 --db 的主机和端口、服务器是否在运行" + detail, e);
    }
    if (state.equals("42501")) {
      return new SetupFailure("DB_PERMISSION", "数据库用户权限不足：dangstat 需要在该数据库中建立模式 dangstat、warehouse、batch"
          + detail, e);
    }
    if (state.startsWith("53")) {
      return new SetupFailure("DB_RESOURCES", "数据库服务器资源不足（磁盘、内存或连接数）" + detail, e);
    }
    return new SetupFailure("DB_ERROR", "数据库报错" + detail, e);
  }

  /** Flyway could not bring the warehouse's schema up to date. */
  public static SetupFailure migration(FlywayException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        SetupFailure failure = of(sql);
        if (!failure.code.equals("DB_ERROR")) {
          return failure;
        }
      }
    }
    if (e instanceof FlywayValidateException) {
      return new SetupFailure("SCHEMA_VERSION_MISMATCH", "数据库的结构版本与本程序不一致（已执行的迁移脚本被修改，或数据库由更新版本的 "
          + "dangstat 建立）：请使用与数据库相同或更新的版本 / " + firstLine(e.getMessage()), e);
    }
    return new SetupFailure("MIGRATION_FAILED", "无法建立或升级数据仓库的表结构 / " + firstLine(e.getMessage()), e);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }
}
