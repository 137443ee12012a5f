package org.dangstat.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.dangstat.intake.PersonRow;

/**
 * A big file's rows handed to a second thread that hashes, encodes and sends them, so that reading
 * and validating the file (one core) and the COPY (the other) overlap. A county that sends one
 * file of all its people otherwise keeps one worker busy while the second core waits: the other
 * workers have no files. Batches of rows, a short bounded queue between the two (a few MB of
 * rows, whatever the file's size); the rows arrive in the file's order, as on one thread.
 */
final class CopyPipeline implements Consumer<PersonRow>, AutoCloseable {

  /** A file this large (~25,000 rows) is read on one thread and sent on another. */
  static final long MIN_BYTES = 4L << 20;

  private static final int BATCH = 1024;
  private static final List<PersonRow> END = List.of();

  private final BlockingQueue<List<PersonRow>> queue = new ArrayBlockingQueue<>(8);
  private final Thread sender;
  private volatile RuntimeException failure;
  private List<PersonRow> batch = new ArrayList<>(BATCH);
  private boolean closed;
  /** The failure has been thrown to the reader already (try-with-resources must not get it twice). */
  private boolean thrown;

  CopyPipeline(PersonSnapshotCopy copy) {
    sender = new Thread(() -> send(copy), Thread.currentThread().getName() + "-copy");
    sender.setDaemon(true);
    sender.start();
  }

  @Override
  public void accept(PersonRow row) {
    if (failure != null) {
      thrown = true;
      throw failure; // the COPY was refused: no use reading on
    }
    batch.add(row);
    if (batch.size() == BATCH) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  /** Waits until every row has gone into the COPY; a failure of the sender is thrown here. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!batch.isEmpty()) {
      put(batch);
    }
    put(END);
    try {
      sender.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rows were sent", e);
    }
    if (failure != null && !thrown) {
      throw failure;
    }
  }

  private void send(PersonSnapshotCopy copy) {
    try {
      for (List<PersonRow> rows = queue.take(); rows != END; rows = queue.take()) {
        if (failure == null) {
          try {
            rows.forEach(copy::add);
          } catch (RuntimeException e) {
            failure = e; // then drain, so that the reader never blocks on a full queue
          }
        }
      }
    } catch (InterruptedException e) {
      failure = new IllegalStateException("interrupted while the rows were sent", e);
    }
  }

  private void put(List<PersonRow> rows) {
    try {
      queue.put(rows);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the rows were read", e);
    }
  }
}
