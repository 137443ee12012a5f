package org.dangstat.consolidation;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import org.dangstat.warehouse.IdHasher;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Opens COPY streams into {@code person_snapshot}, and takes back the rows of rejected files. */
@Repository
class SnapshotStore {

  private final DSLContext dsl;
  /** Rendered once: jOOQ's rendering per file was a visible share of a worker's time. */
  private final String copySql;

  SnapshotStore(DSLContext dsl) {
    this.dsl = dsl;
    this.copySql = PersonSnapshotCopy.sql(dsl);
  }

  /** One COPY for the rows of several files, inside the caller's transaction. */
  public PersonSnapshotCopy open(Connection connection, IdHasher hasher) throws SQLException {
    return new PersonSnapshotCopy(copySql, connection, hasher);
  }

  /** Removes the rows already copied for files that turned out to have errors. */
  public void deleteRows(Collection<Long> submissionIds) {
    if (!submissionIds.isEmpty()) {
      dsl.deleteFrom(PERSON_SNAPSHOT).where(PERSON_SNAPSHOT.SUBMISSION_ID.in(submissionIds)).execute();
    }
  }
}
