package org.dangstat.bench;

import static org.dangstat.warehouse.jooq.Tables.CODE_LABEL;
import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT;
import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT_VERSION;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Repository;

/**
 * What the benchmark needs of the database: an empty warehouse before each measured run, and
 * PostgreSQL's own limit on this machine — the same rows COPYed untransformed into a plain table.
 */
@Repository
public class BenchRepository {

  private static final String BASELINE = "bench_copy_baseline";

  private final DSLContext dsl;
  private final DataSource dataSource;

  BenchRepository(DSLContext dsl, DataSource dataSource) {
    this.dsl = dsl;
    this.dataSource = dataSource;
  }

  /** Empties the warehouse (the benchmark's own database: never point it at real data). */
  public void emptyWarehouse() {
    dsl.truncate(FILE_ISSUE, PERSON_SNAPSHOT, ORG_UNIT_VERSION, ORG_UNIT, SUBMISSION, CODE_LABEL)
        .restartIdentity().cascade().execute();
  }

  /** A plain table (text columns, no keys, no indexes) for the baseline, emptied. */
  public void prepareBaseline(int columns) {
    dsl.dropTableIfExists(DSL.table(DSL.name("warehouse", BASELINE))).execute();
    List<Field<?>> fields = new ArrayList<>();
    for (int i = 1; i <= columns; i++) {
      fields.add(DSL.field(DSL.name("c" + i), SQLDataType.CLOB));
    }
    dsl.createTable(DSL.table(DSL.name("warehouse", BASELINE))).columns(fields).execute();
  }

  /** COPYs CSV rows (no header) in the given PostgreSQL client encoding; returns the rows copied. */
  public long copyBaseline(InputStream csvRows, String encoding) throws SQLException, IOException {
    try (var connection = dataSource.getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      return copy.copyIn("copy " + dsl.render(DSL.table(DSL.name("warehouse", BASELINE)))
          + " from stdin with (format csv, encoding '" + encoding + "')", csvRows, 1 << 16);
    }
  }

  public void dropBaseline() {
    dsl.dropTableIfExists(DSL.table(DSL.name("warehouse", BASELINE))).execute();
  }
}
