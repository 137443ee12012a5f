package org.dangstat.consolidation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A file as the file system describes it: device, inode, size, and the modification and
 * status-change (ctime) times to the nanosecond. Every write to a file, a rename onto its path and
 * every change of its times (even {@code touch -r}, which sets the modification time back) moves
 * its ctime to the kernel's clock, which no program can set: while the stamp is the same, the bytes
 * are. git's index rests on the same fact.
 *
 * <p>One caveat, also git's ("racy git"): the kernel's clock advances in ticks of a few
 * milliseconds, so a file written twice within one tick keeps one ctime. A stamp is therefore only
 * {@code settled}, and fit to be remembered, once its ctime is older than the grace period: a later
 * write then necessarily gives another ctime.
 *
 * @param path the file's absolute path, the key it is remembered under
 * @param value the stamp, compared as a whole
 * @param settled the ctime is older than the grace period
 */
record FileStamp(String path, String value, boolean settled) {

  /** The longest path remembered, in UTF-8 bytes: the table's key, far inside a btree entry's limit. */
  static final int MAX_PATH_BYTES = 1000;

  /**
   * How old a ctime must be for its stamp to be settled. Ten seconds is a thousand clock ticks,
   * and more than any clock difference between a file server and a client that NFS tolerates; the
   * nightly schedule leaves files alone for five minutes anyway (--min-age 300). The JVM property
   * {@code dangstat.stamps.grace} (an ISO duration) exists for tests, whose files are moments old:
   * read here, since the command's Spring environment sees no system properties (WarehouseContext).
   */
  static Duration grace() {
    return Duration.parse(System.getProperty("dangstat.stamps.grace", "PT10S"));
  }

  /** The key a file is remembered under: its absolute, normalized path. */
  static String keyOf(Path file) {
    return file.toAbsolutePath().normalize().toString();
  }

  /**
   * The stamp of {@code file} now, or empty where the file system has no POSIX view of it or the
   * path is longer than {@link #MAX_PATH_BYTES} (the file is then simply hashed every night).
   */
  static Optional<FileStamp> of(Path file, Duration grace) throws IOException {
    String path = keyOf(file);
    if (path.getBytes(StandardCharsets.UTF_8).length > MAX_PATH_BYTES) {
      return Optional.empty();
    }
    Instant now = Instant.now(); // the real clock, not the run's (RunClock may be set for a test)
    Map<String, Object> a;
    try {
      a = Files.readAttributes(file, "unix:dev,ino,size,lastModifiedTime,ctime");
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return Optional.empty();
    }
    Instant ctime = ((FileTime) a.get("ctime")).toInstant();
    String value = a.get("dev") + ":" + a.get("ino") + ":" + a.get("size") + ":"
        + exact(((FileTime) a.get("lastModifiedTime")).toInstant()) + ":" + exact(ctime);
    return Optional.of(new FileStamp(path, value, ctime.isBefore(now.minus(grace))));
  }

  private static String exact(Instant t) {
    return t.getEpochSecond() + "." + t.getNano();
  }
}
