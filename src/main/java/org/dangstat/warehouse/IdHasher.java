package org.dangstat.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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

  private static final java.lang.invoke.VarHandle LONG =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);

  private static final int BLOCK = 64;

  /** SHA-256 with the key's inner and outer pads already taken in (RFC 2104), copied for each hash. */
  private final MessageDigest innerStart;
  private final MessageDigest outerStart;
  private final byte[] inner = new byte[32];
  private final byte[] digest = new byte[32];
  private long lastHigh64;

  public IdHasher(byte[] key) {
    try {
      byte[] k = key.length > BLOCK ? MessageDigest.getInstance("SHA-256").digest(key) : key;
      byte[] ipad = new byte[BLOCK];
      byte[] opad = new byte[BLOCK];
      for (int i = 0; i < BLOCK; i++) {
        byte b = i < k.length ? k[i] : 0;
        ipad[i] = (byte) (b ^ 0x36);
        opad[i] = (byte) (b ^ 0x5c);
      }
      innerStart = MessageDigest.getInstance("SHA-256");
      innerStart.update(ipad);
      outerStart = MessageDigest.getInstance("SHA-256");
      outerStart.update(opad);
      innerStart.clone(); // the JDK's SHA-256 can be copied; fail here, not at the first row, if not
    } catch (GeneralSecurityException | CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * HMAC-SHA256 as {@link Mac} computes it, from copies of the digests that have the pads in them:
   * two SHA-256 blocks a number instead of {@code Mac}'s four (a pad is hashed again for every
   * message), ~270 → ~195 ns a number (docs/performance.md, nineteenth round).
   */
  public String hash(String idNumber18) {
    try {
      MessageDigest in = (MessageDigest) innerStart.clone();
      in.update(idNumber18.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      in.digest(inner, 0, inner.length);
      MessageDigest out = (MessageDigest) outerStart.clone();
      out.update(inner);
      out.digest(digest, 0, digest.length);
    } catch (CloneNotSupportedException | java.security.DigestException e) {
      throw new IllegalStateException(e);
    }
    lastHigh64 = (long) LONG.get(digest, 0);
    return HEX.formatHex(digest, 0, 16);
  }

  /** The first 64 bits of the key {@link #hash} returned last (its first 16 hex digits), as a number. */
  public long lastHigh64() {
    return lastHigh64;
  }

  /**
   * The key: from {@code DANGSTAT_ID_KEY} (hex, ≥ 32 bytes) when set, else from
   * {@code <data>/id-hash.key}; when neither exists, a new random key that is written nowhere yet:
   * {@link IdKeyGuard} keeps it only for a warehouse that has no people and no key of its own.
   */
  public static byte[] loadKey(Path dataDir) throws IOException {
    String env = System.getenv(KEY_ENV);
    if (env != null && !env.isBlank()) {
      return IdKeyFile.parse(env, KEY_ENV);
    }
    Path file = IdKeyFile.in(dataDir);
    if (Files.exists(file)) {
      return IdKeyFile.read(file);
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** Whether the key came from configuration (environment or key file) rather than being new. */
  public static boolean isConfigured(Path dataDir) {
    String env = System.getenv(KEY_ENV);
    return (env != null && !env.isBlank()) || Files.exists(IdKeyFile.in(dataDir));
  }

  /** A fingerprint of the key that tells keys apart and gives nothing of the key away. */
  public static String fingerprint(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HEX.formatHex(mac.doFinal("dangstat person key fingerprint v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
