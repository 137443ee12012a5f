package org.dangstat.consolidation;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.dangstat.intake.Issue;
import org.dangstat.intake.Severity;

/**
 * The issues of one file, spilled to a temporary file as they are found: a rejected county file
 * can have an issue on each of a million rows, and every one of them must reach the report.
 * The spill files live in the run's own folder ({@code <data>/spill}), not the system's temp
 * folder: a killed run's leftovers are found and removed by the next run ({@link #clean}).
 */
final class IssueLog implements Iterable<Issue>, AutoCloseable {

  private final Path file;
  private final DataOutputStream out;
  private int errors;
  private int warnings;

  static final String FOLDER = "spill";

  IssueLog(Path dataDir) {
    try {
      Path dir = dataDir.resolve(FOLDER);
      Files.createDirectories(dir);
      file = Files.createTempFile(dir, "issues", ".bin",
          java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
              java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes what a killed run left behind; called under the run lock, before anything is spilled. */
  static void clean(Path dataDir) throws IOException {
    Path dir = dataDir.resolve(FOLDER);
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (var leftovers = Files.list(dir)) {
      for (Path p : (Iterable<Path>) leftovers::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  void add(Issue issue) {
    try {
      out.writeBoolean(issue.isError());
      out.writeInt(issue.rowNo() == null ? -1 : issue.rowNo());
      writeNullable(issue.column());
      writeNullable(issue.value());
      out.writeUTF(issue.code());
      out.writeUTF(issue.message());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (issue.isError()) {
      errors++;
    } else {
      warnings++;
    }
  }

  int errors() {
    return errors;
  }

  int warnings() {
    return warnings;
  }

  boolean isEmpty() {
    return errors + warnings == 0;
  }

  @Override
  public Iterator<Issue> iterator() {
    try {
      out.flush();
      DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      return new Iterator<>() {
        private Issue next = readOne(in);

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Issue next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          Issue current = next;
          next = readOne(in);
          return current;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeNullable(String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s.length() > 2000 ? s.substring(0, 2000) : s);
    }
  }

  private static Issue readOne(DataInputStream in) {
    try {
      boolean error = in.readBoolean();
      int row = in.readInt();
      String column = in.readBoolean() ? in.readUTF() : null;
      String value = in.readBoolean() ? in.readUTF() : null;
      return new Issue(error ? Severity.ERROR : Severity.WARNING, row < 0 ? null : row, column, value,
          in.readUTF(), in.readUTF());
    } catch (EOFException e) {
      try {
        in.close();
      } catch (IOException ignored) {
        // end of the log
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
