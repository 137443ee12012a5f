package org.dangstat.warehouse;

/**
 * PostgreSQL refused a COPY (a value no check foresaw, a broken connection): the transaction is
 * in error and must go back to a savepoint taken before the COPY. The message is PostgreSQL's
 * own, e.g. {@code ERROR: invalid byte sequence for encoding "UTF8": 0x00}, not the driver's.
 */
public final class CopyRefusedException extends RuntimeException {

  public CopyRefusedException(Exception cause) {
    super(rootMessage(cause), cause);
  }

  /** PostgreSQL's SQLSTATE of the refusal (e.g. 22021, 23514), or null when there is none. */
  public String sqlState() {
    for (Throwable t = getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  /** What the refusal means, in Chinese, by SQLSTATE class; PostgreSQL's own text is the operator's. */
  public String reason() {
    String state = sqlState();
    if (state == null) {
      return "连接中断或数据库出错";
    }
    return switch (state) {
      case "22021", "22P05" -> "含有数据库无法保存的字符";
      case "22001" -> "某个值超出数据库允许的长度";
      case "23514" -> "某个值不符合数据库的校验规则";
      case "23502" -> "缺少数据库要求的值";
      case "23505" -> "与已保存的数据重复";
      default -> state.startsWith("22") ? "某个值的格式数据库无法接受" : "数据库出错";
    };
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? t.getMessage() : root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
  }
}
