package org.dangstat.consolidation;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.dangstat.core.Period;
import org.dangstat.intake.BranchFileReader;
import org.dangstat.intake.Issue;
import org.dangstat.intake.PersonRow;
import org.dangstat.intake.ReadFailures;
import org.dangstat.intake.ReadSummary;
import org.dangstat.intake.RowSink;
import org.dangstat.warehouse.CopyRefusedException;

/**
 * Reads one branch snapshot into the chunk's COPY: rows stream from the file through validation
 * straight into PostgreSQL. Once the file has an error its later rows are not sent (it will be
 * rejected whole), but every row is still checked so that the clerk gets every error at once.
 */
final class BranchFileLoader {

  /** The day of loading: a date after it is DATE_IN_FUTURE. */
  private final java.time.LocalDate today;

  BranchFileLoader(java.time.LocalDate today) {
    this.today = today;
  }

  /** What reading one file came to. */
  record FileRead(ReadSummary summary, int rowsCopied, boolean maybeDuplicates) {

    static final FileRead NOT_READ = new FileRead(null, 0, false);
  }

  /** Reads the file; its issues go to {@code log}. A refused COPY ends the whole chunk's COPY. */
  FileRead read(TriagedFile c, long submissionId, PersonSnapshotCopy copy, IssueLog log) {
    long t = Timings.start();
    copy.startFile(submissionId, c.name().period().end());
    ReadSummary read = read(c.archived().stored(), c.name().period(), today, row -> {
      if (log.errors() == 0) {
        copy.add(row);
      }
    }, log);
    Timings.add("read+copy", t);
    return new FileRead(read, copy.rows(), copy.maybeDuplicates());
  }

  /**
   * Reads and validates one branch file, the same for the nightly job and for {@code check}: valid
   * rows go to {@code rows}, every issue to {@code log}; a file the reader cannot make sense of is
   * an issue, never an exception. Null when nothing could be read.
   */
  static ReadSummary read(Path file, Period period, java.time.LocalDate today, Consumer<PersonRow> rows, IssueLog log) {
    try {
      return new BranchFileReader().read(file, period, today, new RowSink() {
        @Override
        public void row(PersonRow row) {
          rows.accept(row);
        }

        @Override
        public void issue(Issue issue) {
          log.add(issue);
        }
      });
    } catch (CopyRefusedException e) {
      throw e;
    } catch (RuntimeException e) {
      // a file the reader could not make sense of must not stop the night's run
      log.add(ReadFailures.issue(e));
      return null;
    }
  }
}
