package org.dangstat.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Originals kept unchanged, by content hash ({@code <root>/ab/abcdef…/<name>}), readable only by
 * the job's user: the warehouse can always be traced back to, and rebuilt from, what was sent.
 * Writes go through a temporary file and an atomic move, so a killed run never leaves half a file.
 */
final class Archive {

  private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private final Path root;

  Archive(Path root) {
    this.root = root;
  }

  /** The folder of one original, created owner-only. */
  Path folderOf(String hash) {
    Path folder = root.resolve(hash.substring(0, 2)).resolve(hash);
    try {
      createPrivate(root);
      createPrivate(folder.getParent());
      createPrivate(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  /** Copies the original in (once: the same hash is the same bytes). */
  Path store(InboxFile file, String hash) {
    Path target = folderOf(hash).resolve(file.fileName());
    if (Files.exists(target)) {
      return target;
    }
    try {
      Path tmp = Files.createTempFile(target.getParent(), ".incoming", ".tmp");
      Files.copy(file.path(), tmp, StandardCopyOption.REPLACE_EXISTING);
      Files.setPosixFilePermissions(tmp, FILE);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
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
