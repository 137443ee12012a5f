package org.dangstat.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of an inbox file, taken from what {@link FileStamps} recorded when the file's stamp is
 * the same as then, else by reading the file. A night with nothing new then reads no file: it
 * looks at each file's stamp (one system call) instead of hashing 141 MB for a million people
 * (docs/performance.md, ninth round). The identity of a file stays its name and content hash
 * (submission-format.md §1); the stamp only spares computing the hash again. One per worker thread.
 */
final class ContentHashes {

  /**
   * A file's hash, and its stamp as taken before anything was read (null where there is none).
   *
   * @param fromRecord the hash is the one recorded under that stamp: the file was not read
   */
  record Hashed(String hash, FileStamp stamp, boolean fromRecord) {

    /** The stamp to record with {@link #hash} once the chunk commits: null when nothing new was learnt. */
    FileStamp toRecord() {
      return fromRecord ? null : settled();
    }

    /**
     * The stamp, if settled: fit to be recorded with the hash of any bytes read after it was taken
     * (had the file changed since, its ctime has moved on and the record never matches again).
     */
    FileStamp settled() {
      return stamp != null && stamp.settled() ? stamp : null;
    }
  }

  private final FileStamps stamps;
  private final List<String> paths;
  private final Duration grace;
  /** This worker's files as recorded, fetched once. */
  private Map<String, FileStamps.Recorded> recorded;

  /**
   * @param files this worker's files, for the one query
   * @param grace how old a file's ctime must be for its stamp to be remembered ({@link FileStamp})
   */
  ContentHashes(FileStamps stamps, List<InboxFile> files, Duration grace) {
    this.stamps = stamps;
    this.paths = files.stream().map(f -> FileStamp.keyOf(f.path())).toList();
    this.grace = grace;
  }

  /**
   * The file's hash; when it is not on record and {@code read} is false, the file is not read: a
   * hash of null, for the caller to take while it copies the file.
   */
  Hashed of(InboxFile file, boolean read) {
    FileStamp stamp;
    try {
      stamp = FileStamp.of(file.path(), grace).orElse(null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (stamp != null) {
      if (recorded == null) {
        recorded = stamps.recorded(paths);
      }
      var known = recorded.get(stamp.path());
      if (known != null && known.stamp().equals(stamp.value())) {
        return new Hashed(known.contentHash(), stamp, true);
      }
    }
    // stamped before reading: a write during the read gives another stamp, and the next run reads again
    String hash = read ? Hashing.sha256(file.path()) : null;
    return new Hashed(hash, stamp, false);
  }
}
