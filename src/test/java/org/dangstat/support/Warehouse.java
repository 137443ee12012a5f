package org.dangstat.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** Reads a test warehouse with jOOQ, as an analyst would. */
public final class Warehouse implements AutoCloseable {

  private final Connection connection;
  public final DSLContext dsl;

  public Warehouse(String url) {
    try {
      connection = DriverManager.getConnection(url);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    dsl = DSL.using(connection, SQLDialect.POSTGRES);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
