package org.dangstat.consolidation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run saw that the warehouse does not record (ignored and unchanged files), and the
 * progress line people watch on long work: files and rows done, and the rate.
 */
@org.springframework.stereotype.Component
public final class RunTally {

  private final PrintStream out;
  private final boolean quiet;
  private final List<String> ignored = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> tooNew = new ArrayList<>();
  private final List<String> unreadable = new ArrayList<>();
  private int unchanged;
  private int filesTotal;
  private int filesDone;
  private long rows;
  private long startNanos = System.nanoTime();
  private long lastPrint;

  /** The run's console, as the command line gave it. */
  @org.springframework.beans.factory.annotation.Autowired
  public RunTally(org.dangstat.app.RunContext run) {
    this(run.console(), run.quiet());
  }

  public RunTally(PrintStream out, boolean quiet) {
    this.out = out;
    this.quiet = quiet;
  }

  /** Forgets an earlier run of the same process (the demo and the benchmark run several). */
  synchronized void reset() {
    ignored.clear();
    notes.clear();
    tooNew.clear();
    unreadable.clear();
    unchanged = 0;
    filesDone = 0;
    filesTotal = 0;
    rows = 0;
  }

  /** A worker announces its share of the inbox; the clock starts with the first. */
  synchronized void expect(int files) {
    if (filesTotal == 0) {
      startNanos = System.nanoTime();
    }
    filesTotal += files;
  }

  synchronized void ignored(String relativePath) {
    ignored.add(relativePath);
    fileDone(0);
  }

  /** Modified less than --min-age ago: left for the next run, not registered. */
  synchronized void tooNew(String relativePath) {
    tooNew.add(relativePath);
  }

  /** A file or folder the job cannot read: listed, not registered, so that the next run tries again. */
  /** @param inShare the file is one of a worker's share (it counts towards the progress line) */
  synchronized void unreadable(String relativePath, org.dangstat.intake.Issue reason, boolean inShare) {
    unreadable.add(relativePath + "：" + reason.message() + "（" + reason.code() + "）");
    if (inShare) {
      fileDone(0);
    }
  }

  public synchronized List<String> tooNewFiles() {
    return tooNew.stream().sorted().toList();
  }

  public synchronized List<String> unreadableFiles() {
    return unreadable.stream().sorted().toList();
  }

  synchronized void unchanged() {
    unchanged++;
    fileDone(0);
  }

  synchronized void note(String line) {
    notes.add(line);
  }

  /** What a remote worker recorded of its partition (the manager's summary adds it up). */
  synchronized void absorb(int unchangedFiles, List<String> ignoredFiles, List<String> partitionNotes,
      List<String> tooNewFiles, List<String> unreadableFiles) {
    unchanged += unchangedFiles;
    ignored.addAll(ignoredFiles);
    notes.addAll(partitionNotes);
    tooNew.addAll(tooNewFiles);
    unreadable.addAll(unreadableFiles);
  }

  /** A progress line of work done elsewhere (the remote workers'), unless --quiet. */
  synchronized void progress(String line) {
    if (!quiet) {
      out.println(line);
    }
  }

  synchronized void fileDone(long fileRows) {
    filesDone++;
    rows += fileRows;
    long now = System.nanoTime();
    if (!quiet && (now - lastPrint > 2_000_000_000L || filesDone == filesTotal) && fileRows > 0) {
      lastPrint = now;
      double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
      out.printf("  进度 progress: 文件 %d/%d，%,d 行，%,.0f 行/秒%n", filesDone, filesTotal, rows, rows / seconds);
    }
  }

  public synchronized List<String> ignoredFiles() {
    return ignored.stream().sorted().toList();
  }

  public synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  public synchronized int unchangedFiles() {
    return unchanged;
  }

  public synchronized long rowsRead() {
    return rows;
  }
}
