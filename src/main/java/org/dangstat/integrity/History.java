package org.dangstat.integrity;

import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dangstat.core.Period;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * What {@code dangstat history} lists: the runs of every job (Spring Batch's own tables, schema
 * {@code batch}), the files received per period and branch with their fate, and the locks.
 */
@Repository
public class History {

  public record Run(long execution, String job, OffsetDateTime started, OffsetDateTime ended, String status,
      String exitCode, String parameters) {}

  public record FileReceived(String period, String branchCode, String fileName, String status,
      OffsetDateTime receivedAt, int rows, int errors, int warnings) {}

  private static final Field<Long> EXECUTION_ID = DSL.field(DSL.name("e", "job_execution_id"), SQLDataType.BIGINT);
  private static final Field<String> JOB_NAME = DSL.field(DSL.name("i", "job_name"), SQLDataType.VARCHAR);
  // Spring Batch keeps local times without a zone (TIMESTAMP): they are the machine's
  private static final Field<java.time.LocalDateTime> START = DSL.field(DSL.name("e", "start_time"),
      SQLDataType.LOCALDATETIME);
  private static final Field<java.time.LocalDateTime> END = DSL.field(DSL.name("e", "end_time"), SQLDataType.LOCALDATETIME);
  private static final Field<String> STATUS = DSL.field(DSL.name("e", "status"), SQLDataType.VARCHAR);
  private static final Field<String> EXIT = DSL.field(DSL.name("e", "exit_code"), SQLDataType.VARCHAR);

  private final DSLContext dsl;
  private final PeriodLocks locks;

  History(DSLContext dsl, PeriodLocks locks) {
    this.dsl = dsl;
    this.locks = locks;
  }

  /** Every run, oldest first, with its identifying parameters (inbox, period…). */
  public List<Run> runs() {
    var params = DSL.table(DSL.name("batch", "batch_job_execution_params")).as("p");
    Field<String> parameters = DSL.field(DSL.select(DSL.listAgg(
            DSL.field(DSL.name("p", "parameter_name"), String.class).concat(DSL.inline("="))
                .concat(DSL.field(DSL.name("p", "parameter_value"), String.class)), ", ")
            .withinGroupOrderBy(DSL.field(DSL.name("p", "parameter_name"))))
        .from(params)
        .where(DSL.field(DSL.name("p", "job_execution_id"), Long.class).eq(EXECUTION_ID))
        .and(DSL.field(DSL.name("p", "parameter_name"), String.class).ne("run.id"))
        .and(DSL.field(DSL.name("p", "parameter_value"), String.class).ne("")));
    return dsl.select(EXECUTION_ID, JOB_NAME, START, END, STATUS, EXIT, parameters)
        .from(DSL.table(DSL.name("batch", "batch_job_execution")).as("e"))
        .join(DSL.table(DSL.name("batch", "batch_job_instance")).as("i"))
        .on(DSL.field(DSL.name("i", "job_instance_id"), Long.class)
            .eq(DSL.field(DSL.name("e", "job_instance_id"), Long.class)))
        .orderBy(EXECUTION_ID)
        .fetch(r -> new Run(r.value1(), r.value2(), local(r.value3()), local(r.value4()), r.value5(), r.value6(),
            r.value7()));
  }

  /** Branch files received, by period, branch and time; optionally of one period and/or branch. */
  public List<FileReceived> files(Period period, String branchCode) {
    var s = SUBMISSION;
    return dsl.select(s.PERIOD, s.BRANCH_CODE, s.FILE_NAME, s.STATUS, s.RECEIVED_AT, s.ROWS_TOTAL, s.ERRORS, s.WARNINGS)
        .from(s)
        .where(s.KIND.eq("branch"))
        .and(period == null ? DSL.trueCondition() : s.PERIOD.eq(period.toString()))
        .and(branchCode == null ? DSL.trueCondition() : s.BRANCH_CODE.equalIgnoreCase(branchCode))
        .orderBy(s.PERIOD, s.BRANCH_CODE, s.RECEIVED_AT, s.ID)
        .fetch(r -> new FileReceived(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
            r.value7(), r.value8()));
  }

  public List<PeriodLocks.Event> locks(Period period) {
    return locks.events(period);
  }

  private static OffsetDateTime local(java.time.LocalDateTime t) {
    return t == null ? null : t.atZone(java.time.ZoneId.systemDefault()).toOffsetDateTime();
  }

  /** A moment in UTC ISO form, for machines. */
  public static String iso(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toString();
  }
}
