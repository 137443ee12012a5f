package org.dangstat.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        copyWithoutLastRow(file, copy);
      } else {
        Files.copy(file, copy);
      }
    }
  }

  /**
   * Copies the file up to its last line (a line feed is one byte in UTF-8 and GB18030 alike); the
   * header stays. Reads only the file's two ends to find where: a county's one file of 5M people
   * is larger than the heap the bench runs consolidation in.
   */
  static void copyWithoutLastRow(Path file, Path copy) throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
        FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      long length = lengthWithoutLastRow(new Bytes(in));
      for (long done = 0; done < length; ) {
        done += in.transferTo(done, length - done, out);
      }
    }
  }

  private static long lengthWithoutLastRow(Bytes csv) throws IOException {
    long end = csv.size();
    while (end > 0 && (csv.at(end - 1) == '\n' || csv.at(end - 1) == '\r')) {
      end--;
    }
    long lastLine = end;
    while (lastLine > 0 && csv.at(lastLine - 1) != '\n') {
      lastLine--;
    }
    long firstLineEnd = 0;
    while (firstLineEnd < csv.size() && csv.at(firstLineEnd) != '\n') {
      firstLineEnd++;
    }
    return lastLine <= firstLineEnd ? csv.size() : lastLine;
  }

  /** A file's bytes by position, read a block at a time around the one asked for. */
  private static final class Bytes {
    private final FileChannel channel;
    private final long size;
    private final ByteBuffer block = ByteBuffer.allocate(1 << 16);
    private long blockStart = -1;

    Bytes(FileChannel channel) throws IOException {
      this.channel = channel;
      this.size = channel.size();
    }

    long size() {
      return size;
    }

    byte at(long position) throws IOException {
      if (blockStart < 0 || position < blockStart || position >= blockStart + block.limit()) {
        blockStart = Math.max(0, position - block.capacity() + 1);
        block.clear();
        while (block.hasRemaining() && channel.read(block, blockStart + block.position()) > 0) {
          // until the block is full or the file ends
        }
        block.flip();
      }
      return block.get((int) (position - blockStart));
    }
  }
}
