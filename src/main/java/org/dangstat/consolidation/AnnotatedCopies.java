package org.dangstat.consolidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangstat.excel.AnnotatedCopy;
import org.dangstat.intake.Issue;

/**
 * Beside the error report of a rejected or warned XLSX: the clerk's own workbook with the bad
 * cells marked ({@code <name>.批注.xlsx}), made from the archived original. A copy that cannot be
 * made is a note in the summary, never a failed night: the CSV report is always there.
 */
final class AnnotatedCopies {

  /** Past this many problems a marked workbook helps nobody (and costs memory): the CSV report does. */
  static final int MAX_ISSUES = 20_000;
  /**
   * The copy is made with POI's full workbook model, several times the size of the sheet XML in
   * memory: past this much inflated XML (as the zip's directory declares it) it is not attempted,
   * so that a zip bomb or a county-sized workbook never reaches that model.
   */
  static final long MAX_INFLATED_BYTES = 64L << 20;

  private AnnotatedCopies() {}

  /** The sum of the entries' declared sizes; unknown or unreadable counts as too big. */
  static long inflatedSize(Path xlsx) {
    try (var zip = new java.util.zip.ZipFile(xlsx.toFile())) {
      long total = 0;
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        long size = entries.nextElement().getSize();
        if (size < 0) {
          return Long.MAX_VALUE;
        }
        total += size;
      }
      return total;
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The path of the copy written beside the original, or null when there is none to write. */
  static Path write(Path archivedOriginal, String fileName, IssueLog log, RunTally tally) {
    return write(archivedOriginal, fileName, log, tally, archivedOriginal.getParent());
  }

  /** The path of the copy written into {@code dir}, or null when there is none to write. */
  static Path write(Path original, String fileName, IssueLog log, RunTally tally, Path dir) {
    if (log.isEmpty() || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      return null;
    }
    if (log.errors() + log.warnings() > MAX_ISSUES) {
      tally.note(fileName + "：问题超过 " + MAX_ISSUES + " 个，未生成批注副本，请看错误报告（ANNOTATION_SKIPPED）");
      return null;
    }
    List<Issue> issues = new ArrayList<>();
    log.forEach(issues::add);
    if (issues.stream().anyMatch(i -> i.code().equals("XLSX_ZIP_BOMB")) || inflatedSize(original) > MAX_INFLATED_BYTES) {
      tally.note(fileName + "：工作簿解压后过大（超过 " + (MAX_INFLATED_BYTES >> 20) + " MB）或无法解压，未生成批注副本，请看错误报告（ANNOTATION_SKIPPED）");
      return null;
    }
    Path target = AnnotatedCopy.targetFor(Path.of(fileName), dir);
    try {
      AnnotatedCopy.write(original, issues, target);
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
      return target;
    } catch (RuntimeException | IOException e) {
      tally.note(fileName + "：无法生成批注副本（" + org.dangstat.intake.ReadFailures.issue(e).message()
          + "），请看错误报告（ANNOTATION_FAILED）");
      return null;
    }
  }
}
