package org.dangstat.app;

import java.sql.SQLException;
import org.dangstat.warehouse.SetupFailure;

/** Why a job's step failed, in one line for its summary: the database's refusal said in Chinese, else the cause's own words. */
public final class JobFailure {

  private JobFailure() {}

  public static String message(Throwable e) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SetupFailure setup) {
        return setup.getMessage();
      }
      if (t instanceof SQLException sql) {
        return SetupFailure.of(sql).getMessage();
      }
      root = t;
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }
}
