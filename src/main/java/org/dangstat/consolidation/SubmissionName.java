package org.dangstat.consolidation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.dangstat.intake.InboxFileName;
import org.dangstat.intake.Issue;
import org.dangstat.intake.IssueCatalog;

/**
 * What a branch file's name alone decides, the same for the nightly job and for {@code check}:
 * its format, its branch in the org tree, its period begun.
 */
final class SubmissionName {

  /** An org unit as far as a file name needs it. */
  record Unit(boolean isBranch, String levelLabel) {}

  private SubmissionName() {}

  /** The reason to reject a file of this kind and name without reading it, if any. */
  static Optional<Issue> rejection(FileKind kind, String fileName) {
    if (kind == FileKind.UNSUPPORTED) {
      return Optional.of(IssueCatalog.fileIssue("UNSUPPORTED_FORMAT", fileName));
    }
    return InboxFileName.parse(fileName).isEmpty()
        ? Optional.of(IssueCatalog.fileIssue("BAD_FILE_NAME", fileName)) : Optional.empty();
  }

  /**
   * The reason the branch or the period of a well-named file is wrong, if any.
   *
   * @param tree the current org tree's units by code, or null when there is none
   */
  static Issue branchAndPeriod(InboxFileName name, Function<String, Unit> tree, LocalDate today) {
    if (tree == null) {
      return IssueCatalog.fileIssue("NO_ORG_TREE");
    }
    Unit unit = tree.apply(name.branchCode());
    if (unit == null) {
      return IssueCatalog.fileIssue("UNKNOWN_BRANCH", name.branchCode());
    }
    if (!unit.isBranch()) {
      return IssueCatalog.fileIssue("NOT_A_BRANCH", name.branchCode(), unit.levelLabel());
    }
    return periodNotStarted(name, today);
  }

  /** The period check alone (for {@code check} without an org tree). */
  static Issue periodNotStarted(InboxFileName name, LocalDate today) {
    return name.period().start().isAfter(today) ? IssueCatalog.fileIssue("PERIOD_NOT_STARTED", name.period()) : null;
  }
}
