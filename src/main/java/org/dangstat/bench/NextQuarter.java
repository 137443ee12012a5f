package org.dangstat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dangstat.core.Period;

/**
 * The bench's next quarter: every file of the inbox again, the branch files named for the next
 * period. The same people with the same dates, so every branch has an earlier snapshot and the
 * load-time cross-check compares each with it (and finds nothing): the least a later quarter costs.
 */
final class NextQuarter {

  private NextQuarter() {}

  static void copy(Path inbox, Path target, Period from, Period to) throws IOException {
    String suffix = "_" + from + ".csv";
    try (Stream<Path> files = Files.walk(inbox)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path relative = inbox.relativize(file);
        String name = relative.getFileName().toString();
        String renamed = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) + "_" + to + ".csv" : name;
        Path copy = target.resolve(relative).resolveSibling(renamed);
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
      }
    }
  }
}
