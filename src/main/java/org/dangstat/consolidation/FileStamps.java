package org.dangstat.consolidation;

import static org.dangstat.warehouse.jooq.Tables.INBOX_STAMP;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The hashes of inbox files by their stamps ({@code warehouse.inbox_stamp}, V8): a cache of hashing. */
@Repository
class FileStamps {

  /** A file's stamp when it was hashed, and the hash. */
  record Recorded(String stamp, String contentHash) {}

  private final DSLContext dsl;

  FileStamps(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** What is recorded of these paths, by path: one query for a worker's share of the inbox. */
  Map<String, Recorded> recorded(Collection<String> paths) {
    Map<String, Recorded> recorded = new HashMap<>();
    Field<String> path = DSL.field(DSL.name("inbox", "path"), String.class);
    dsl.select(INBOX_STAMP.PATH, INBOX_STAMP.STAMP, INBOX_STAMP.CONTENT_HASH)
        .from(INBOX_STAMP)
        .where(INBOX_STAMP.PATH.in(DSL.select(path).from(DSL.unnest(paths.toArray(String[]::new)).as("inbox", "path"))))
        .forEach(r -> recorded.put(r.value1(), new Recorded(r.value2(), r.value3())));
    return recorded;
  }

  /**
   * Remembers each file's hash under its stamp, replacing what its path had; in the caller's
   * transaction. {@code hashes}: path → (stamp, hash), so that no path comes twice in the statement.
   */
  void record(Map<String, Recorded> hashes, OffsetDateTime now) {
    if (hashes.isEmpty()) {
      return;
    }
    var insert = dsl.insertInto(INBOX_STAMP, INBOX_STAMP.PATH, INBOX_STAMP.STAMP, INBOX_STAMP.CONTENT_HASH,
        INBOX_STAMP.RECORDED_AT);
    for (var e : hashes.entrySet()) {
      insert = insert.values(e.getKey(), e.getValue().stamp(), e.getValue().contentHash(), now);
    }
    insert.onConflict(INBOX_STAMP.PATH).doUpdate()
        .set(INBOX_STAMP.STAMP, DSL.excluded(INBOX_STAMP.STAMP))
        .set(INBOX_STAMP.CONTENT_HASH, DSL.excluded(INBOX_STAMP.CONTENT_HASH))
        .set(INBOX_STAMP.RECORDED_AT, DSL.excluded(INBOX_STAMP.RECORDED_AT))
        .execute();
  }
}
