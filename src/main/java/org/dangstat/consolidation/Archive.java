package org.dangstat.consolidation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Originals kept unchanged, by content hash ({@code <root>/ab/abcdef…/<name>}), readable only by
 * the job's user: the warehouse can always be traced back to, and rebuilt from, what was sent.
 * Writes go through a temporary file and an atomic move, so a killed run never leaves half a file.
 */
final class Archive {

  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  /** Where copies were made before they were made in their own folder: a killed run's leftovers. */
  private static final String STAGING = "incoming";
  private static final String TMP_PREFIX = ".incoming";
  private static final String TMP_SUFFIX = ".tmp";
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final Path root;
  /** The root exists (made once per instance, not once per file). */
  private volatile boolean rootMade;
  /** The staging folder exists. */
  private volatile boolean stagingMade;
  /** When this run began with the archive (ms): older temporary copies are a killed run's. */
  private final long started = System.currentTimeMillis() - 1000;

  Archive(Path root) {
    this.root = root;
  }

  /**
   * The folder of one original, created owner-only. With thousands of files a night every
   * metadata call counts (a mkdir or a stat took ~0.5 ms on a busy disk): the usual case, a new
   * folder under an existing one, is one mkdir and one chmod.
   */
  Path folderOf(String hash) {
    Path folder = root.resolve(hash.substring(0, 2)).resolve(hash);
    try {
      if (!rootMade) {
        createPrivate(root);
        rootMade = true;
      }
      makePrivate(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /**
   * Creates {@code dir} owner-only (and its missing parents, all under the root) if it is not
   * there; whether it created it.
   */
  private static boolean makePrivate(Path dir) throws IOException {
    try {
      Files.createDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(dir)) {
        throw e;
      }
      return false;
    } catch (NoSuchFileException e) {
      makePrivate(dir.getParent());
      return makePrivate(dir);
    }
    Files.setPosixFilePermissions(dir, DIR);
    return true;
  }

  /** Removes copies a killed run left half-made in the staging folder; called under the run lock. */
  static void cleanStaging(Path root) throws IOException {
    Path staging = root.resolve(STAGING);
    if (Files.isDirectory(staging)) {
      try (var leftovers = Files.list(staging)) {
        for (Path p : (Iterable<Path>) leftovers::iterator) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** An inbox file as copied in: the hash of exactly the bytes copied, and where they are. */
  record Ingested(String hash, Path stored, long size) {}

  /**
   * Copies an inbox file into the archive once, hashing the bytes as they are copied: the archived
   * original, its hash and (read from the copy) the rows loaded are one version of the file, even
   * when a clerk's upload is still changing it in the inbox. The copy is written owner-only from
   * its first byte, as a temporary file in the folder of {@code expectedHash} (the hash of the
   * file as it was just read), and renamed into place there. Creating the copies in one staging
   * folder and moving them out cost ~3 times as much on a busy disk (1.4 ms a file), more than
   * the rows of a small branch file. Should the bytes have changed since, the copy moves to the
   * folder of what it holds. Without an expected hash (a big file under a name never read before,
   * {@link TriageProcessor}) the copy is made in the staging folder and moved to the folder of its
   * hash: one read of the file instead of two.
   */
  Ingested ingest(InboxFile file, String expectedHash) throws IOException {
    if (!rootMade) {
      createPrivate(root);
      rootMade = true;
    }
    Path folder;
    if (expectedHash == null) {
      folder = root.resolve(STAGING); // a killed run's half copies there go at the next run's start
      if (!stagingMade) {
        makePrivate(folder);
        stagingMade = true;
      }
    } else {
      folder = root.resolve(expectedHash.substring(0, 2)).resolve(expectedHash);
      if (!makePrivate(folder)) {
        removeLeftovers(folder); // a run killed while copying this file left its half copy here
      }
    }
    OutputStream created = null;
    Path tmp = null;
    while (created == null) { // as Files.createTempFile, but created and opened with one call
      tmp = folder.resolve(TMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong()) + TMP_SUFFIX);
      try {
        created = Channels.newOutputStream(Files.newByteChannel(tmp,
            EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), PosixFilePermissions.asFileAttribute(FILE)));
      } catch (FileAlreadyExistsException e) {
        // another name
      }
    }
    boolean moved = false;
    try {
      MessageDigest digest = sha256();
      long size = 0;
      try (InputStream in = Files.newInputStream(file.path()); OutputStream out = created) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          digest.update(buffer, 0, n);
          out.write(buffer, 0, n);
          size += n;
        }
      }
      String hash = HexFormat.of().formatHex(digest.digest());
      Path target = (hash.equals(expectedHash) ? folder : folderOf(hash)).resolve(file.fileName());
      if (!Files.exists(target)) {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        moved = true;
      }
      return new Ingested(hash, target, size);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      if (!moved) {
        created.close();
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Half copies left in {@code folder} by a killed run: temporary files older than this run
   * (a copy another worker of this run is making there right now is newer).
   */
  private void removeLeftovers(Path folder) throws IOException {
    try (var entries = Files.newDirectoryStream(folder, TMP_PREFIX + "*" + TMP_SUFFIX)) {
      for (Path p : entries) {
        try {
          if (Files.getLastModifiedTime(p).toMillis() < started) {
            Files.deleteIfExists(p);
          }
        } catch (NoSuchFileException e) {
          // gone already
        }
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Makes a file written beside an original private, and moves it into place atomically. */
  static void publish(Path tmp, Path target) throws IOException {
    Files.setPosixFilePermissions(tmp, FILE);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void createPrivate(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, DIR);
    }
  }
}
