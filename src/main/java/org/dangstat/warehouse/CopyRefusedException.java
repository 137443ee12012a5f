package org.dangstat.warehouse;

/**
 * PostgreSQL refused a COPY (a value no check foresaw, a broken connection): the transaction is
 * in error and must go back to a savepoint taken before the COPY. The message is PostgreSQL's
 * own, e.g. {@code ERROR: invalid byte sequence for encoding "UTF8": 0x00}, not the driver's.
 */
public final class CopyRefusedException extends RuntimeException {

  CopyRefusedException(Exception cause) {
    super(rootMessage(cause), cause);
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
