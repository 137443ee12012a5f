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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.dangstat.intake.Issue;
import org.dangstat.intake.Severity;

/**
 * The issues of one file, kept in memory while they are few and spilled to a temporary file once
 * they are many: a rejected county file can have an issue on each of a million rows, and every
 * one of them must reach the report. The spill files live in the run's own folder
 * ({@code <data>/spill}), not the system's temp folder: a killed run's leftovers are found and
 * removed by the next run ({@link #clean}). Most files have a few warnings or none: a spill file
 * for each (create, open twice, delete) cost more than their rows on a busy disk.
 */
final class IssueLog implements Iterable<Issue>, AutoCloseable {

  /** Issues held in memory before the log goes to its spill file (a few hundred kB at most). */
  static final int SPILL_AT = 1_000;
  /** Longer columns and values are cut (as the spill file's format needs). */
  private static final int MAX_TEXT = 2000;

  private final Path dataDir;
  private List<Issue> held = new ArrayList<>();
  private Path file;
  private DataOutputStream out;
  private int errors;
  private int warnings;

  static final String FOLDER = "spill";

  IssueLog(Path dataDir) {
    this.dataDir = dataDir;
  }

  private void spill() throws IOException {
    Path dir = dataDir.resolve(FOLDER);
    Files.createDirectories(dir);
    file = Files.createTempFile(dir, "issues", ".bin",
        java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
    out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    for (Issue i : held) {
      write(i);
    }
    held = null;
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
      if (held != null) {
        String column = cut(issue.column());
        String value = cut(issue.value());
        held.add(column == issue.column() && value == issue.value() ? issue
            : new Issue(issue.severity(), issue.rowNo(), column, value, issue.code(), issue.message()));
        if (held.size() > SPILL_AT) {
          spill();
        }
      } else {
        write(issue);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (issue.isError()) {
      errors++;
    } else {
      warnings++;
    }
  }

  private static String cut(String s) {
    return s != null && s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
  }

  private void write(Issue issue) throws IOException {
    out.writeBoolean(issue.isError());
    out.writeInt(issue.rowNo() == null ? -1 : issue.rowNo());
    writeNullable(issue.column());
    writeNullable(issue.value());
    out.writeUTF(issue.code());
    out.writeUTF(issue.message());
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
    if (held != null) {
      return java.util.Collections.unmodifiableList(held).iterator();
    }
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
    if (file == null) {
      held = List.of();
      return;
    }
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
      out.writeUTF(cut(s));
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
