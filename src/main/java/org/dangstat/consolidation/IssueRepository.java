package org.dangstat.consolidation;

import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.dangstat.intake.Issue;
import org.dangstat.intake.IssueCatalog;
import org.dangstat.intake.Severity;
import org.dangstat.warehouse.CopyBinary;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/** The errors and warnings of every file, and the checks that need all rows of a file at once. */
@Repository
class IssueRepository {

  private final DSLContext dsl;
  private final DataSource dataSource;

  IssueRepository(DSLContext dsl, DataSource dataSource) {
    this.dsl = dsl;
    this.dataSource = dataSource;
  }

  /** The issues of one file, for {@link #store(List)}. */
  public record FileIssues(long submissionId, Iterable<Issue> issues) {}

  /** Stores the issues of a file with COPY (a rejected file may have one per row). */
  public void store(long submissionId, Iterable<Issue> issues) throws IOException, SQLException {
    store(List.of(new FileIssues(submissionId, issues)));
  }

  /** Stores the issues of several files with one COPY. */
  public void store(List<FileIssues> files) throws IOException, SQLException {
    if (files.isEmpty()) {
      return;
    }
    String sql = "copy " + dsl.render(FILE_ISSUE) + " (submission_id, severity, row_no, column_name, "
        + "cell_value, code, message) from stdin (format binary)";
    var pg = DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class);
    CopyBinary line = new CopyBinary();
    try (var out = new PGCopyOutputStream(pg, sql, 1 << 16)) {
      out.write(CopyBinary.HEADER);
      for (FileIssues file : files) {
        for (Issue i : file.issues()) {
          line.row(7).int8(file.submissionId()).text(i.severity() == Severity.ERROR ? "error" : "warning");
          if (i.rowNo() == null) {
            line.text(null);
          } else {
            line.int4(i.rowNo());
          }
          line.text(i.column()).text(i.value()).text(i.code()).text(i.message()).end(out);
        }
      }
      out.write(CopyBinary.TRAILER);
    }
  }

  /** The same person (by keyed hash) on two rows of one file: an error on each later row. */
  public List<Issue> duplicateIds(long submissionId) {
    var first = DSL.min(PERSON_SNAPSHOT.ROW_NO).over(DSL.partitionBy(PERSON_SNAPSHOT.PERSON_KEY));
    var rows = dsl.select(PERSON_SNAPSHOT.ROW_NO, PERSON_SNAPSHOT.ID_MASKED, first.as("first_row"))
        .from(PERSON_SNAPSHOT)
        .where(PERSON_SNAPSHOT.SUBMISSION_ID.eq(submissionId))
        .and(PERSON_SNAPSHOT.PERSON_KEY.in(
            dsl.select(PERSON_SNAPSHOT.PERSON_KEY).from(PERSON_SNAPSHOT)
                .where(PERSON_SNAPSHOT.SUBMISSION_ID.eq(submissionId))
                .groupBy(PERSON_SNAPSHOT.PERSON_KEY)
                .having(DSL.count().gt(1))))
        .orderBy(PERSON_SNAPSHOT.ROW_NO)
        .fetch();
    List<Issue> issues = new ArrayList<>();
    for (var r : rows) {
      int row = r.value1();
      int firstRow = r.get("first_row", Integer.class);
      if (row != firstRow) {
        issues.add(IssueCatalog.issue("DUPLICATE_ID", row, "身份证号", r.value2(), firstRow));
      }
    }
    return issues;
  }

  /** How many issues of each code the given files have: submission id → code → count. */
  Map<Long, Map<String, Integer>> codeCounts(Collection<Long> submissionIds) {
    Map<Long, Map<String, Integer>> counts = new HashMap<>();
    if (submissionIds.isEmpty()) {
      return counts;
    }
    dsl.select(FILE_ISSUE.SUBMISSION_ID, FILE_ISSUE.CODE, DSL.count())
        .from(FILE_ISSUE)
        .where(FILE_ISSUE.SUBMISSION_ID.in(submissionIds))
        .groupBy(FILE_ISSUE.SUBMISSION_ID, FILE_ISSUE.CODE)
        .orderBy(FILE_ISSUE.SUBMISSION_ID, FILE_ISSUE.CODE)
        .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), r.value3()));
    return counts;
  }
}
