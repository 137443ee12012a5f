package org.dangstat.consolidation;

import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.dangstat.core.RowFacts;
import org.dangstat.intake.IdNumbers;
import org.dangstat.intake.PersonRow;
import org.dangstat.warehouse.CopyBinary;
import org.dangstat.warehouse.CopyRefusedException;
import org.dangstat.warehouse.IdHasher;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams the rows of files straight into {@code person_snapshot} with COPY, inside the caller's
 * transaction: the cheapest way into PostgreSQL, and nothing is held in memory. One COPY serves
 * all the files of a chunk ({@link #startFile} between them): a COPY and its round trips per file
 * cost as much as a few hundred rows.
 */
final class PersonSnapshotCopy implements AutoCloseable {

  private static final List<Field<?>> COLUMNS = List.of(
      PERSON_SNAPSHOT.SUBMISSION_ID, PERSON_SNAPSHOT.ROW_NO, PERSON_SNAPSHOT.PERSON_KEY,
      PERSON_SNAPSHOT.ID_MASKED, PERSON_SNAPSHOT.NAME, PERSON_SNAPSHOT.SEX, PERSON_SNAPSHOT.BIRTH_DATE,
      PERSON_SNAPSHOT.ETHNICITY, PERSON_SNAPSHOT.EDUCATION, PERSON_SNAPSHOT.OCCUPATION,
      PERSON_SNAPSHOT.FRONTLINE, PERSON_SNAPSHOT.APPLIED_ON, PERSON_SNAPSHOT.ACTIVIST_ON,
      PERSON_SNAPSHOT.CANDIDATE_ON, PERSON_SNAPSHOT.YOUTH_RECOMMENDED, PERSON_SNAPSHOT.SPONSORS,
      PERSON_SNAPSHOT.INTRODUCERS, PERSON_SNAPSHOT.SPONSOR_NAMES, PERSON_SNAPSHOT.INTRODUCER_NAMES,
      PERSON_SNAPSHOT.PROBATION_ON, PERSON_SNAPSHOT.FULL_ON, PERSON_SNAPSHOT.TRANSFERRED_IN_ON,
      PERSON_SNAPSHOT.LEFT_ON, PERSON_SNAPSHOT.LEFT_REASON, PERSON_SNAPSHOT.REMARK,
      PERSON_SNAPSHOT.STAGE, PERSON_SNAPSHOT.MONTH_ONLY, PERSON_SNAPSHOT.SERVICE_POINTS,
      PERSON_SNAPSHOT.TRAINING_HOURS,
      // what the analysis counts, at the snapshot's own period end (RowFacts)
      PERSON_SNAPSHOT.MEMBER_AT_D, PERSON_SNAPSHOT.NOT_FULL_AT_D, PERSON_SNAPSHOT.FEMALE, PERSON_SNAPSHOT.MINORITY,
      PERSON_SNAPSHOT.AGE_BAND_AT_D, PERSON_SNAPSHOT.NEW_IN_YEAR, PERSON_SNAPSHOT.AGE_BAND_ADMITTED,
      PERSON_SNAPSHOT.EDUCATION_NO, PERSON_SNAPSHOT.PROBATION_OUTCOME, PERSON_SNAPSHOT.STAGE_AT_D,
      PERSON_SNAPSHOT.UNDER35_AT_D, PERSON_SNAPSHOT.NEW_IN_STAGE, PERSON_SNAPSHOT.LEFT_MEMBER,
      PERSON_SNAPSHOT.TRANSFERRED_IN_YEAR, PERSON_SNAPSHOT.YOUTH_ACTIVIST);

  private long submissionId;
  private final IdHasher hasher;
  private final PGCopyOutputStream copy;
  private final CopyBinary line = new CopyBinary();
  private int rows;
  /** 64 bits of each person key of this file: a cheap screen for the same ID twice. */
  private final FileKeyScreen seen = new FileKeyScreen();
  /**
   * The same 64 bits of the rows still there at the period's end, for the run's cross-branch screen
   * ({@link RunKeyScreen}): a person who left (moved to another branch) is no conflict.
   */
  private long[] keys = new long[1024];
  private int present;
  private java.time.LocalDate periodEnd;
  /** The facts' dates of the current file's period end, worked out once a file. */
  private RowFacts.At facts;

  static String sql(DSLContext dsl) {
    return "copy " + dsl.render(PERSON_SNAPSHOT) + " ("
        + String.join(", ", COLUMNS.stream().map(f -> dsl.render(f.getUnqualifiedName())).toList())
        + ") from stdin (format binary)";
  }

  PersonSnapshotCopy(String sql, Connection connection, IdHasher hasher) throws SQLException {
    this.hasher = hasher;
    PGConnection pg = connection.unwrap(PGConnection.class);
    this.copy = new PGCopyOutputStream(pg, sql, 1 << 16);
    try {
      copy.write(CopyBinary.HEADER);
    } catch (IOException e) {
      throw new CopyRefusedException(e);
    }
  }

  /** The rows that follow belong to this submission, a snapshot at {@code periodEnd}. */
  public void startFile(long submissionId, java.time.LocalDate periodEnd) {
    this.submissionId = submissionId;
    if (facts == null || !periodEnd.equals(this.periodEnd)) {
      facts = RowFacts.at(periodEnd);
    }
    this.periodEnd = periodEnd;
    this.rows = 0;
    this.present = 0;
    this.seen.clear();
    if (keys.length > 1 << 16) {
      keys = new long[1024]; // a county file's keys are not kept for the next file
    }
  }

  public void add(PersonRow r) {
    String key = hasher.hash(r.idNumber());
    long high64 = hasher.lastHigh64();
    seen.add(high64);
    if (r.leftOn() == null || r.leftOn().isAfter(periodEnd)) { // as v_active_person counts a person
      if (present == keys.length && keys.length <= RunKeyScreen.CAPACITY) {
        keys = java.util.Arrays.copyOf(keys, Math.min(present * 2, RunKeyScreen.CAPACITY + 1));
      }
      if (present < keys.length) { // past the screen's capacity only counted: the period gets the full check
        keys[present] = high64;
      }
      present++;
    }
    line.row(COLUMNS.size()).int8(submissionId).int4(r.rowNo()).text(key)
        .text(IdNumbers.mask(r.idNumber())).text(r.name()).text(String.valueOf(r.sex()))
        .date(r.birthDate()).text(r.ethnicity()).text(r.education()).text(r.occupation())
        .bool(r.frontline()).date(r.appliedOn()).date(r.activistOn()).date(r.candidateOn())
        .bool(r.youthRecommended()).int4(r.sponsors().size()).int4(r.introducers().size())
        .text(joined(r.sponsors())).text(joined(r.introducers()))
        .date(r.probationOn()).date(r.fullOn()).date(r.transferredInOn()).date(r.leftOn())
        .text(r.leftReason()).text(r.remark()).text(r.stage()).bool(r.monthOnly())
        .float8(r.servicePoints()).float8(r.trainingHours());
    RowFacts f = facts.of(r.sex(), r.birthDate(), r.ethnicity(), r.education(), r.appliedOn(), r.activistOn(),
        r.candidateOn(), r.probationOn(), r.fullOn(), r.transferredInOn(), r.leftOn(), r.leftReason(), r.stage());
    line.bool(f.member()).bool(f.notFull()).bool(f.female()).bool(f.minority()).int4(f.ageBandAtD())
        .bool(f.newInYear()).int4(f.ageBandAdmitted()).int4(f.education()).int4(f.probationOutcome())
        .int4(f.stageAtD()).bool(f.under35()).bool(f.newInStage()).bool(f.leftMember()).bool(f.transferredIn())
        .bool(f.youthActivist());
    try {
      line.end(copy);
    } catch (IOException e) {
      throw new CopyRefusedException(e);
    }
    rows++;
  }

  /** Whether two rows of the current file might be the same person (then SQL checks exactly). */
  public boolean maybeDuplicates() {
    return seen.anyTwice();
  }

  /**
   * The first 64 bits of the person key of each row copied for the current file whose person had
   * not left, {@link #present} of them (kept up to the screen's capacity and one more, 16 MB).
   */
  public long[] keys() {
    return keys;
  }

  /** How many of {@link #keys} belong to the current file. */
  public int present() {
    return present;
  }

  /** Rows copied for the current file. */
  public int rows() {
    return rows;
  }

  /** Ends the COPY: the rows are in the table (within the open transaction). */
  @Override
  public void close() {
    try {
      copy.write(CopyBinary.TRAILER);
      copy.close();
    } catch (IOException e) {
      throw new CopyRefusedException(e);
    }
  }

  /** Abandons the COPY (rolling back everything it sent) so that the connection can roll back. */
  public void abort() {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException ignored) {
      // the transaction is rolled back anyway
    }
  }

  private static String joined(List<String> names) {
    return names.isEmpty() ? null : names.size() == 1 ? names.get(0) : String.join("、", names);
  }
}
