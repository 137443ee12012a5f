package org.dangstat.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Where Flyway keeps what it applied: {@code dangstat.flyway_schema_history}, in a schema of
 * dangstat's own, so that Flyway looks only at dangstat's schemas and a database whose
 * {@code public} schema holds other tables works. Warehouses made before kept the history in
 * {@code public}; the first run of this version moves that table, as it is (every applied
 * migration, checksum and date), into {@code dangstat}, so nothing is applied twice.
 */
public final class MigrationHistory {

  /** The schema of the history table (the warehouse's own schemas are made by V1 and V2). */
  public static final String SCHEMA = "dangstat";
  static final String TABLE = "flyway_schema_history";

  private MigrationHistory() {}

  /**
   * Moves an old history out of {@code public} if it is dangstat's (it records V1__warehouse.sql and
   * the warehouse schema exists) and there is no history in {@link #SCHEMA} yet; true if it did.
   */
  public static boolean moveFromPublic(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DSLContext dsl = DSL.using(c, SQLDialect.POSTGRES);
      if (exists(dsl, SCHEMA, TABLE) || !exists(dsl, "public", TABLE) || !schemaExists(dsl, "warehouse")) {
        return false;
      }
      var old = DSL.table(DSL.name("public", TABLE));
      boolean ours = dsl.fetchExists(dsl.selectOne().from(old)
          .where(DSL.field(DSL.name("script"), String.class).eq("V1__warehouse.sql"))
          .and(DSL.field(DSL.name("success"), Boolean.class).isTrue()));
      if (!ours) {
        return false; // another application's history: not ours to touch
      }
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        dsl.createSchemaIfNotExists(SCHEMA).execute();
        dsl.query("alter table {0} set schema {1}", old, DSL.name(SCHEMA)).execute(); // indexes move with it
        c.commit();
      } catch (RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
      return true;
    }
  }

  private static boolean exists(DSLContext dsl, String schema, String table) {
    return dsl.fetchExists(dsl.selectOne().from(DSL.table(DSL.name("information_schema", "tables")))
        .where(DSL.field(DSL.name("table_schema"), String.class).eq(schema))
        .and(DSL.field(DSL.name("table_name"), String.class).eq(table)));
  }

  private static boolean schemaExists(DSLContext dsl, String schema) {
    return dsl.fetchExists(dsl.selectOne().from(DSL.table(DSL.name("information_schema", "schemata")))
        .where(DSL.field(DSL.name("schema_name"), String.class).eq(schema)));
  }
}
