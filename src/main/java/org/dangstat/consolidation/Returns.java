package org.dangstat.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.excel.AnnotatedCopy;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;

/**
 * The returns folder ({@code consolidate --returns DIR}): per branch, the newest error report and
 * marked workbook of each of its files, under readable names
 * ({@code <DIR>/<branch_code>/<file name>.errors.csv}, {@code …批注.xlsx}), ready to be mailed back,
 * instead of a path inside the archive's hash folders. Owner-only, like the archive: the reports
 * show names and masked ID numbers. A file accepted clean takes its old reports away.
 */
final class Returns {

  /** The folder of files whose name names no branch. */
  static final String NO_BRANCH = "_no_branch";

  private Returns() {}

  /** Copies the reports of this run's branch files into {@code dir}; the copies, by submission id. */
  static Map<Long, Path> copy(Path dir, List<SubmissionRecord> files) {
    Map<Long, Path> copies = new HashMap<>();
    try {
      // in the order they were loaded: of two files of one name in a run, the later one's report wins
      for (SubmissionRecord f : files.stream().sorted(Comparator.comparing(SubmissionRecord::getId)).toList()) {
        if ("orgunits".equals(f.getKind())) {
          continue; // the committee's own file: its report is in the summary
        }
        Path branchDir = dir.resolve(f.getBranchCode() == null ? NO_BRANCH : f.getBranchCode());
        Path report = branchDir.resolve(f.getFileName() + ".errors.csv");
        Path marked = AnnotatedCopy.targetFor(Path.of(f.getFileName()), branchDir);
        if (f.getErrorReportPath() == null) {
          Files.deleteIfExists(report); // fixed since: the old list would send the clerk astray
          Files.deleteIfExists(marked);
          continue;
        }
        createPrivate(dir);
        createPrivate(branchDir);
        Path source = Path.of(f.getErrorReportPath());
        place(source, report);
        Path sourceMarked = AnnotatedCopy.targetFor(Path.of(f.getFileName()), source.getParent());
        if (Files.exists(sourceMarked)) {
          place(sourceMarked, marked);
        } else {
          Files.deleteIfExists(marked);
        }
        copies.put(f.getId(), report);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copies;
  }

  private static void place(Path source, Path target) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".return", ".tmp");
    Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
    Archive.publish(tmp, target);
  }

  private static void createPrivate(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
    }
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
  }
}
