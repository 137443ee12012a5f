package org.dangstat.consolidation;

import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertSetMoreStep;
import org.jooq.Row2;
import org.jooq.Row3;
import org.jooq.Sequence;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Registers the branch files of one transaction together: ids reserved before their rows are
 * copied, then a few set-based statements whatever the number of files.
 */
@Repository
class SubmissionBatches {

  /** The sequence behind {@code submission.id} (bigserial). */
  private static final Sequence<Long> IDS =
      DSL.sequence(DSL.name("warehouse", "submission_id_seq"), SQLDataType.BIGINT);

  private final DSLContext dsl;

  SubmissionBatches(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Ids for files about to be read, in one round trip: their rows carry the id before it is registered. */
  public long[] reserveIds(int count) {
    return dsl.nextvals(IDS, count).stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * Registers the files of one transaction with two statements (three when one replaces a snapshot
   * already in effect), whatever their number: the accepted ones replace the snapshot in effect
   * for their branch and period (superseded, pointing at its successor), and within the list a
   * later file of the same branch and period replaces an earlier one, as if they had been
   * registered one by one in this order. They were received at {@code now}, the run's clock.
   */
  public void register(List<FiledSubmission> files, OffsetDateTime now) {
    if (files.isEmpty()) {
      return;
    }
    Map<String, FiledSubmission> firstOfSlot = new LinkedHashMap<>();
    Map<String, Long> lastOfSlot = new HashMap<>();
    Map<Long, Long> replacedBy = new HashMap<>();
    for (FiledSubmission f : files) {
      if (f.accepted()) {
        if (!"branch".equals(f.file().kind())) {
          throw new IllegalArgumentException("only branch snapshots are accepted here: " + f.file().fileName());
        }
        String slot = f.file().branchCode() + '\n' + f.file().period();
        firstOfSlot.putIfAbsent(slot, f);
        Long previous = lastOfSlot.put(slot, f.id());
        if (previous != null) {
          replacedBy.put(previous, f.id());
        }
      }
    }
    Map<Long, Long> replaced = supersedeInEffect(firstOfSlot.values());
    InsertSetMoreStep<SubmissionRecord> insert = null;
    for (FiledSubmission f : files) {
      SubmissionRecord r = record(f, replacedBy.get(f.id()), now);
      insert = insert == null ? dsl.insertInto(SUBMISSION).set(r) : insert.newRecord().set(r);
    }
    insert.execute();
    pointAtSuccessors(replaced);
  }

  /**
   * The snapshots in effect for these files' branches and periods become superseded; returns
   * which successor each one points at, to be set once the successors exist (the reference is
   * checked statement by statement).
   */
  private Map<Long, Long> supersedeInEffect(Collection<FiledSubmission> successors) {
    if (successors.isEmpty()) {
      return Map.of();
    }
    @SuppressWarnings("unchecked")
    Row3<String, String, Long>[] rows = successors.stream()
        .map(f -> DSL.row(f.file().branchCode(), f.file().period().toString(), f.id()))
        .toArray(Row3[]::new);
    var slot = DSL.values(rows).as("slot", "branch_code", "period", "successor");
    Field<Long> successor = slot.field("successor", Long.class);
    Map<Long, Long> replaced = new HashMap<>();
    dsl.update(SUBMISSION)
        .set(SUBMISSION.STATUS, SubmissionStatus.SUPERSEDED.code())
        .from(slot)
        .where(SUBMISSION.KIND.eq("branch"))
        .and(SUBMISSION.STATUS.eq(SubmissionStatus.ACCEPTED.code()))
        .and(SUBMISSION.BRANCH_CODE.eq(slot.field("branch_code", String.class)))
        .and(SUBMISSION.PERIOD.eq(slot.field("period", String.class)))
        .returningResult(SUBMISSION.ID, successor)
        .fetch()
        .forEach(r -> replaced.put(r.value1(), r.value2()));
    return replaced;
  }

  private void pointAtSuccessors(Map<Long, Long> replaced) {
    if (replaced.isEmpty()) {
      return;
    }
    @SuppressWarnings("unchecked")
    Row2<Long, Long>[] rows = replaced.entrySet().stream()
        .map(e -> DSL.row(e.getKey(), e.getValue()))
        .toArray(Row2[]::new);
    var link = DSL.values(rows).as("link", "id", "successor");
    dsl.update(SUBMISSION)
        .set(SUBMISSION.SUPERSEDED_BY, link.field("successor", Long.class))
        .from(link)
        .where(SUBMISSION.ID.eq(link.field("id", Long.class)))
        .execute();
  }

  private SubmissionRecord record(FiledSubmission f, Long replacedBy, OffsetDateTime now) {
    NewSubmission s = f.file();
    SubmissionRecord r = new SubmissionRecord();
    r.setId(f.id());
    SubmissionRepository.describe(r, s);
    r.setReceivedAt(now);
    r.setAcceptedAt(f.accepted() ? now : null);
    r.setStatus(!f.accepted() ? SubmissionStatus.REJECTED.code() : replacedBy == null ? SubmissionStatus.ACCEPTED.code() : SubmissionStatus.SUPERSEDED.code());
    r.setSupersededBy(replacedBy);
    r.setEncoding(f.encoding());
    r.setRowsTotal(f.rowsTotal());
    r.setRowsLoaded(f.rowsLoaded());
    r.setRowsSkipped(f.rowsSkipped());
    r.setErrors(f.errors());
    r.setWarnings(f.warnings());
    r.setArchivePath(f.archivePath());
    r.setErrorReportPath(f.errorReportPath());
    return r;
  }
}
