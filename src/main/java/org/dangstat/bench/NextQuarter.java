package org.dangstat.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dangstat.core.Period;

/**
 * The bench's next quarter: every file of the inbox again, the branch files named for the next
 * period, the same people with the same dates, so that every branch has an earlier snapshot and the
 * load-time cross-check compares each with it. One branch file in {@value #VANISHING_EVERY} lacks
 * its last row: someone vanishes (PERSON_VANISHED, unless they had left), and the cross-check then
 * also reads the period's other snapshots for a transfer inside the tree, as it does on any night
 * when a clerk leaves a person out.
 */
final class NextQuarter {

  static final int VANISHING_EVERY = 10;

  private NextQuarter() {}

  static void copy(Path inbox, Path target, Period from, Period to) throws IOException {
    String suffix = "_" + from + ".csv";
    List<Path> all;
    try (Stream<Path> files = Files.walk(inbox)) {
      all = files.filter(Files::isRegularFile).sorted().toList();
    }
    int branchFiles = 0;
    for (Path file : all) {
      Path relative = inbox.relativize(file);
      String name = relative.getFileName().toString();
      boolean branchFile = name.endsWith(suffix);
      String renamed = branchFile ? name.substring(0, name.length() - suffix.length()) + "_" + to + ".csv" : name;
      Path copy = target.resolve(relative).resolveSibling(renamed);
      Files.createDirectories(copy.getParent());
      if (branchFile && branchFiles++ % VANISHING_EVERY == 0) {
        Files.write(copy, withoutLastRow(Files.readAllBytes(file)));
      } else {
        Files.copy(file, copy);
      }
    }
  }

  /** The file up to its last line (a line feed is one byte in UTF-8 and GB18030 alike); the header stays. */
  static byte[] withoutLastRow(byte[] csv) {
    int end = csv.length;
    while (end > 0 && (csv[end - 1] == '\n' || csv[end - 1] == '\r')) {
      end--;
    }
    int lastLine = end;
    while (lastLine > 0 && csv[lastLine - 1] != '\n') {
      lastLine--;
    }
    int firstLineEnd = 0;
    while (firstLineEnd < csv.length && csv[firstLineEnd] != '\n') {
      firstLineEnd++;
    }
    return lastLine <= firstLineEnd ? csv : java.util.Arrays.copyOf(csv, lastLine);
  }
}
