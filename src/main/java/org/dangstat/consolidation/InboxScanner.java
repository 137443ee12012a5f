package org.dangstat.consolidation;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangstat.intake.InboxFileName;
import org.dangstat.intake.Issue;
import org.dangstat.intake.IssueCatalog;
import org.dangstat.intake.ReadFailures;

/**
 * Lists the inbox recursively, branch and period by branch and period, and within each oldest
 * first (then by path), so that within one run a newer file for the same branch and period is
 * loaded after, and supersedes, an older one, and a branch's Q1 comes before its Q2.
 *
 * <p>Symbolic links are followed (an inbox is often a link to a share), with the JDK's loop
 * detection: a link back up the tree is listed, not walked for ever. A folder or file that cannot
 * be read is listed with its reason and the rest of the inbox is still read. A file modified less
 * than {@code minAge} ago may still be being written (an upload arriving at 01:30): it is left for
 * the next run and listed as TOO_NEW.
 */
final class InboxScanner {

  /** What the walk found: the files to handle, those left for later, those it could not read. */
  record Scan(List<InboxFile> files, List<InboxFile> tooNew, List<Unreadable> unreadable) {}

  /** A file or folder (its path ends with /) the job cannot read, with the issue that says why. */
  record Unreadable(String relativePath, Issue reason) {}

  private InboxScanner() {}

  static Scan scan(Path inbox, Duration minAge, Instant now) {
    List<InboxFile> files = new ArrayList<>();
    List<InboxFile> tooNew = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    Instant cutOff = now.minus(minAge);
    try {
      Files.walkFileTree(inbox, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()) {
                if (!Files.isReadable(p)) {
                  unreadable.add(new Unreadable(relative(inbox, p), IssueCatalog.fileIssue("FILE_ACCESS_DENIED")));
                  return FileVisitResult.CONTINUE;
                }
                InboxFile f = describe(inbox, p, attrs);
                (minAge.isZero() || !f.modified().isAfter(cutOff) ? files : tooNew).add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              String shown = relative(inbox, p) + (Files.isDirectory(p) ? "/" : "");
              unreadable.add(new Unreadable(shown, ReadFailures.issue(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      unreadable.add(new Unreadable(".", ReadFailures.issue(e)));
    }
    // each file's slot worked out once, not in every comparison (a province's inbox: 200,000 files)
    Map<InboxFile, String> slots = new IdentityHashMap<>();
    Comparator<InboxFile> order = Comparator.comparing((InboxFile f) -> slots.computeIfAbsent(f, x -> slot(x.fileName())))
        .thenComparing(InboxFile::modified).thenComparing(InboxFile::relativePath);
    files.sort(order);
    tooNew.sort(order);
    unreadable.sort(Comparator.comparing(Unreadable::relativePath));
    return new Scan(List.copyOf(files), List.copyOf(tooNew), List.copyOf(unreadable));
  }

  /**
   * What a file is a snapshot of, {@code BRANCH_PERIOD} (else its own name): files are taken slot
   * by slot, each slot's oldest first. Across slots the order means nothing to the rules, but it
   * is what the night's submission ids follow, and in branch order a chunk of 50 files compares
   * with 50 earlier snapshots that were also loaded side by side: PostgreSQL reads a few ranges of
   * the table for them instead of a few for each (docs/performance.md, eighth round).
   */
  static String slot(String fileName) {
    return InboxFileName.parse(fileName)
        .map(n -> n.branchCode().toUpperCase(Locale.ROOT) + '_' + n.period())
        .orElse(fileName.toUpperCase(Locale.ROOT));
  }

  static boolean isOrgUnitsFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.equals("orgunits.csv") || lower.equals("orgunits.xlsx");
  }

  private static InboxFile describe(Path inbox, Path p, BasicFileAttributes attrs) {
    return new InboxFile(p, relative(inbox, p), p.getFileName().toString(), attrs.size(),
        attrs.lastModifiedTime().toInstant());
  }

  private static String relative(Path inbox, Path p) {
    String relative = inbox.relativize(p).toString().replace('\\', '/');
    return relative.isEmpty() ? "." : relative;
  }
}
