package org.dangstat.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Opens COPY streams into {@code person_snapshot}. */
@Repository
public class SnapshotStore {

  private final DSLContext dsl;

  SnapshotStore(DSLContext dsl) {
    this.dsl = dsl;
  }

  public PersonSnapshotCopy open(Connection connection, long submissionId, IdHasher hasher)
      throws SQLException {
    return new PersonSnapshotCopy(dsl, connection, submissionId, hasher);
  }
}
