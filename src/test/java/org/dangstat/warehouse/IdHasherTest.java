package org.dangstat.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The person key must stay what every warehouse already holds: the JDK's HMAC-SHA256, first 128 bits. */
class IdHasherTest {

  @Test
  void isTheJdksHmacSha256ForKeysShortAndLongerThanABlock() throws Exception {
    Random random = new Random(15);
    for (int keyLength : new int[] {32, 48, 64, 65, 100}) {
      byte[] key = new byte[keyLength];
      random.nextBytes(key);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      IdHasher hasher = new IdHasher(key);
      for (int i = 0; i < 200; i++) {
        String id = String.format("%017d%s", Math.floorMod(random.nextLong(), 100_000_000_000_000_000L), i % 11 == 0 ? "X" : i % 10);
        byte[] expected = mac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
        assertThat(hasher.hash(id)).as("key of %d bytes, %s", keyLength, id).isEqualTo(HexFormat.of().formatHex(expected, 0, 16));
        assertThat(hasher.lastHigh64()).isEqualTo(java.nio.ByteBuffer.wrap(expected).getLong());
      }
    }
  }

  @Test
  void rfc4231TestCase2() {
    // key "Jefe", data "what do ya want for nothing?": HMAC-SHA256 5bdcc146bf60754e6a042426089575c7…
    IdHasher hasher = new IdHasher("Jefe".getBytes(StandardCharsets.US_ASCII));
    assertThat(hasher.hash("what do ya want for nothing?")).isEqualTo("5bdcc146bf60754e6a042426089575c7");
  }
}
