package org.dangstat.consolidation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangstat.excel.AnnotatedCopy;
import org.dangstat.intake.IdNumbers;
import org.dangstat.intake.InboxFileName;
import org.dangstat.intake.Issue;
import org.dangstat.intake.IssueCatalog;
import org.dangstat.intake.OrgUnitFileReader;
import org.dangstat.intake.ReadSummary;

/**
 * {@code dangstat check}: the validation of the nightly job without a warehouse. A file goes through
 * the same name rules ({@link SubmissionName}) and the same reader ({@link BranchFileLoader#read}),
 * the same ID appearing twice is found in memory instead of in SQL, and its error report and marked
 * workbook are written as the job writes them, beside the file or into one folder. Without an org
 * tree the branch code cannot be checked, and the result says so.
 */
public final class DryRun implements AutoCloseable {

  /** What the nightly job would do with a file. */
  public enum Verdict {
    ACCEPTED("可接收 accepted"), WARNED("可接收，有警告 accepted with warnings"),
    REJECTED("将被退回 would be rejected"), IGNORED("忽略 ignored");

    public final String label;

    Verdict(String label) {
      this.label = label;
    }
  }

  /**
   * One file checked.
   *
   * @param codes the issue codes found, with their counts, in code order
   * @param notes what could not be made (a marked copy), for people
   */
  public record Result(Path file, Verdict verdict, boolean orgTree, int rows, int errors, int warnings,
      Map<String, Integer> codes, Path report, Path annotated, List<String> notes) {}

  private final Map<String, SubmissionName.Unit> tree;
  private final Path out;
  private final LocalDate today;
  /** Where issue logs spill (a private temporary folder: check has no data folder). */
  private final Path scratch;

  private DryRun(Map<String, SubmissionName.Unit> tree, Path out, LocalDate today, Path scratch) {
    this.tree = tree;
    this.out = out;
    this.today = today;
    this.scratch = scratch;
  }

  /**
   * @param out where the reports go, or null for beside each file
   */
  public static DryRun withoutOrgTree(Path out, LocalDate today) {
    try {
      return new DryRun(null, out, today, Files.createTempDirectory("dangstat-check"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the scratch folder. */
  @Override
  public void close() {
    try {
      IssueLog.clean(scratch);
      Files.deleteIfExists(scratch.resolve(IssueLog.FOLDER));
      Files.deleteIfExists(scratch);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dry run whose branch codes are checked against {@code orgUnits} when it is valid. */
  public DryRun withOrgTree(Path orgUnits, List<Result> results) {
    var read = new OrgUnitFileReader().read(orgUnits);
    try (IssueLog log = new IssueLog(scratch)) {
      read.issues().forEach(log::add);
      results.add(finish(orgUnits, true, read.units().size(), log));
    }
    if (read.hasErrors()) {
      return this;
    }
    Map<String, SubmissionName.Unit> units = new HashMap<>();
    read.units().forEach(u -> units.put(u.code(), new SubmissionName.Unit("branch".equals(u.level()), u.levelLabel())));
    return new DryRun(units, out, today, scratch);
  }

  public boolean checksBranches() {
    return tree != null;
  }

  /** Whether a file is an org tree (checked first, and used for the others). */
  public static boolean isOrgUnits(Path file) {
    return FileKind.of(file.getFileName().toString()) == FileKind.ORG_UNITS;
  }

  /**
   * The files named, folders listed recursively as the nightly job lists an inbox (less the
   * reports an earlier check wrote there).
   */
  public static List<Path> expand(List<Path> given) {
    List<Path> files = new ArrayList<>();
    for (Path p : given) {
      if (Files.isDirectory(p)) {
        var scan = InboxScanner.scan(p, java.time.Duration.ZERO, java.time.Instant.now());
        scan.files().stream().filter(f -> !FileKind.isReport(f.fileName())).forEach(f -> files.add(f.path()));
        // what the walk could not read is checked too, and so reported as the job would
        scan.unreadable().forEach(u -> files.add(p.resolve(u.relativePath())));
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** Checks one branch file (or ignores it, as the nightly job would). */
  public Result check(Path file) {
    String fileName = file.getFileName().toString();
    FileKind kind = FileKind.of(fileName);
    if (kind == FileKind.IGNORED) {
      return new Result(file, Verdict.IGNORED, false, 0, 0, 0, Map.of(), null, null, List.of());
    }
    if (kind == FileKind.ORG_UNITS) {
      List<Result> results = new ArrayList<>();
      withOrgTree(file, results);
      return results.get(0);
    }
    try (IssueLog log = new IssueLog(scratch)) {
      var rejection = SubmissionName.rejection(kind, fileName);
      if (rejection.isPresent()) {
        log.add(rejection.get());
        return finish(file, false, 0, log);
      }
      InboxFileName name = InboxFileName.parse(fileName).orElseThrow();
      Issue problem = tree == null ? SubmissionName.periodNotStarted(name, today)
          : SubmissionName.branchAndPeriod(name, tree::get, today);
      if (problem != null) {
        log.add(problem);
        return finish(file, false, 0, log);
      }
      Map<String, Integer> firstRow = new HashMap<>();
      List<Issue> duplicates = new ArrayList<>();
      ReadSummary read = BranchFileLoader.read(file, name.period(), today, row -> {
        if (log.errors() == 0) { // as the job: rows after the first error are not loaded, so not compared
          Integer first = firstRow.putIfAbsent(row.idNumber(), row.rowNo());
          if (first != null) {
            duplicates.add(IssueCatalog.issue("DUPLICATE_ID", row.rowNo(), "身份证号", IdNumbers.mask(row.idNumber()), first));
          }
        }
      }, log);
      if (log.errors() == 0) { // as the job: duplicates are looked for in a file otherwise clean
        duplicates.forEach(log::add);
      }
      return finish(file, false, read == null ? 0 : read.rowsTotal(), log);
    }
  }

  private Result finish(Path file, boolean orgTree, int rows, IssueLog log) {
    String fileName = file.getFileName().toString();
    Path dir = (out != null ? out : file.toAbsolutePath().getParent());
    Path reportFile = dir.resolve(fileName + ".errors.csv");
    Path annotatedFile = AnnotatedCopy.targetFor(Path.of(fileName), dir);
    Map<String, Integer> codes = new TreeMap<>();
    log.forEach(i -> codes.merge(i.code(), 1, Integer::sum));
    List<String> notes = new ArrayList<>();
    Path report = null;
    Path annotated = null;
    try {
      if (log.isEmpty()) { // a report of an earlier check would say the fixed file is still wrong
        Files.deleteIfExists(reportFile);
        Files.deleteIfExists(annotatedFile);
      } else {
        Files.createDirectories(dir);
        report = ErrorReport.write(dir, fileName, log);
        RunTally tally = new RunTally(new PrintStream(OutputStream.nullOutputStream()), true);
        annotated = AnnotatedCopies.write(file, fileName, log, tally, dir);
        notes.addAll(tally.notes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Verdict verdict = log.errors() > 0 ? Verdict.REJECTED : log.warnings() > 0 ? Verdict.WARNED : Verdict.ACCEPTED;
    return new Result(file, verdict, orgTree, rows, log.errors(), log.warnings(), codes, report, annotated, notes);
  }
}
