package org.dangstat.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;

/**
 * The person-hash key in {@code <data>/id-hash.key}: 32+ bytes as hex. Written into a temporary
 * file that is created owner-only (never a moment with the umask's permissions), synced, then
 * moved into place atomically: a killed run leaves either no key or the whole key.
 */
public final class IdKeyFile {

  public static final String NAME = "id-hash.key";
  private static final HexFormat HEX = HexFormat.of();

  private IdKeyFile() {}

  public static Path in(Path dataDir) {
    return dataDir.resolve(NAME);
  }

  /** The key in the file, checked. */
  public static byte[] read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
  }

  /** A key as hex text (from a file or the environment): at least 32 bytes. */
  public static byte[] parse(String hex, String where) {
    byte[] key;
    try {
      key = HEX.parseHex(hex.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + " 不是十六进制的密钥（KEY_INVALID: not a hex key）");
    }
    if (key.length < 32) {
      throw new IllegalArgumentException(where + " 的密钥不足32字节（KEY_INVALID: at least 32 bytes as hex）");
    }
    return key;
  }

  /** Writes the key, replacing the file if {@code replace}, else failing when one is there. */
  public static void write(Path file, byte[] key, boolean replace) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".id-hash", ".tmp",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap((HEX.formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII)));
        ch.force(true);
      }
      if (replace) {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        // a hard link fails if the name exists: never replace a key someone else just wrote
        try {
          Files.createLink(file, tmp);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
          if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            throw exists;
          }
          Files.move(tmp, file); // no hard links here: a move that fails when the name exists
        }
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
