package org.dangstat.consolidation;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.dangstat.intake.BranchFileReader;
import org.dangstat.intake.Issue;
import org.dangstat.intake.IssueCatalog;
import org.dangstat.intake.PersonRow;
import org.dangstat.intake.ReadSummary;
import org.dangstat.intake.RowSink;
import org.dangstat.warehouse.IdHasher;
import org.dangstat.warehouse.IssueRepository;
import org.dangstat.warehouse.PersonSnapshotCopy;
import org.dangstat.warehouse.SnapshotStore;
import org.dangstat.warehouse.SubmissionRepository;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Loads one branch snapshot inside the caller's transaction: rows stream from the file through
 * validation straight into COPY; if the file has any error, the rows are rolled back to a
 * savepoint and the file is registered as rejected, so the previous snapshot stays in effect.
 */
final class BranchFileLoader {

  private final DataSource dataSource;
  private final SubmissionRepository submissions;
  private final SnapshotStore snapshots;
  private final IssueRepository issues;
  private final IdHasher hasher;

  BranchFileLoader(DataSource dataSource, SubmissionRepository submissions, SnapshotStore snapshots,
      IssueRepository issues, IdHasher hasher) {
    this.dataSource = dataSource;
    this.submissions = submissions;
    this.snapshots = snapshots;
    this.issues = issues;
    this.hasher = hasher;
  }

  /**
   * Loads the file; the record says whether it was accepted (the caller stores it). Issues go to
   * {@code log}.
   */
  SubmissionRecord load(Candidate c, SubmissionRecord rec, IssueLog log) throws SQLException, IOException {
    long t = Timings.start();
    Connection connection = DataSourceUtils.getConnection(dataSource);
    Savepoint beforeRows = connection.setSavepoint();
    PersonSnapshotCopy copy = snapshots.open(connection, rec.getId(), hasher);
    Timings.add("open-copy", t);
    t = Timings.start();
    ReadSummary read = null;
    try {
      read = new BranchFileReader().read(c.file().path(), c.name().period(), new RowSink() {
        @Override
        public void row(PersonRow row) {
          copy.add(row);
        }

        @Override
        public void issue(Issue issue) {
          log.add(issue);
        }
      });
      copy.close();
    } catch (RuntimeException e) {
      // a file the reader could not make sense of must not stop the night's run
      copy.abort();
      log.add(IssueCatalog.fileIssue("UNREADABLE_FILE", String.valueOf(e.getMessage())));
    }
    Timings.add("read+copy", t);
    t = Timings.start();
    if (log.errors() == 0 && copy.maybeDuplicates()) {
      issues.duplicateIds(rec.getId()).forEach(log::add);
    }
    Timings.add("duplicates", t);
    t = Timings.start();
    FaultInjection.afterCopy();
    if (read != null) {
      rec.setEncoding(read.encoding());
      rec.setRowsTotal(read.rowsTotal());
      rec.setRowsSkipped(read.rowsSkipped());
    }
    if (log.errors() > 0) {
      connection.rollback(beforeRows);
      rec.setRowsLoaded(0);
    } else {
      connection.releaseSavepoint(beforeRows);
      rec.setRowsLoaded(copy.rows());
      submissions.accept(rec);
      Timings.add("accept", t);
    }
    return rec;
  }
}
