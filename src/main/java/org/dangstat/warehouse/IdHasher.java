package org.dangstat.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash that identifies a person across files without storing the 身份证号: HMAC-SHA256
 * with a secret key, first 128 bits as hex. Without the key nobody can test a guessed number
 * against the warehouse. Not thread-safe (one per loading thread).
 */
public final class IdHasher {

  public static final String KEY_ENV = "DANGSTAT_ID_KEY";
  private static final HexFormat HEX = HexFormat.of();

  private final Mac mac;

  public IdHasher(byte[] key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String hash(String idNumber18) {
    byte[] digest = mac.doFinal(idNumber18.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return HEX.formatHex(digest, 0, 16);
  }

  /**
   * The key: from {@code DANGSTAT_ID_KEY} (hex, ≥ 32 bytes) when set, else from
   * {@code <data>/id-hash.key}, created with a random key (readable only by its owner) the first time.
   * Losing or changing the key makes the same people look new: back the file up with the database.
   */
  public static byte[] loadKey(Path dataDir) throws IOException {
    String env = System.getenv(KEY_ENV);
    if (env != null && !env.isBlank()) {
      byte[] key = HEX.parseHex(env.trim());
      if (key.length < 32) {
        throw new IllegalArgumentException(KEY_ENV + " must hold at least 32 bytes as hex");
      }
      return key;
    }
    Path file = dataDir.resolve("id-hash.key");
    if (!Files.exists(file)) {
      Files.createDirectories(dataDir);
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.writeString(file, HEX.formatHex(key) + "\n");
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
    return HEX.parseHex(Files.readString(file).trim());
  }
}
