package org.dangstat.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Lists the inbox recursively, oldest first (then by path), so that within one run a newer file
 * for the same branch and period is loaded after, and supersedes, an older one.
 */
final class InboxScanner {

  private InboxScanner() {}

  static List<InboxFile> scan(Path inbox) {
    try (Stream<Path> paths = Files.walk(inbox)) {
      return paths.filter(Files::isRegularFile)
          .map(p -> describe(inbox, p))
          .sorted(Comparator.comparing(InboxFile::modified).thenComparing(InboxFile::relativePath))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isOrgUnitsFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.equals("orgunits.csv") || lower.equals("orgunits.xlsx");
  }

  private static InboxFile describe(Path inbox, Path p) {
    try {
      var attrs = Files.readAttributes(p, BasicFileAttributes.class);
      String relative = inbox.relativize(p).toString().replace('\\', '/');
      return new InboxFile(p, relative, p.getFileName().toString(), attrs.size(),
          attrs.lastModifiedTime().toInstant());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
