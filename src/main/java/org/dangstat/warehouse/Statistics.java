package org.dangstat.warehouse;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Fresh planner statistics after a bulk load: without them PostgreSQL plans the first queries on
 * a freshly filled table as if it were empty (nested loops over a million rows).
 */
@Repository
public class Statistics {

  private final DSLContext dsl;

  Statistics(DSLContext dsl) {
    this.dsl = dsl;
  }

  public void refresh() {
    dsl.execute("analyze warehouse.person_snapshot, warehouse.submission");
  }
}
