package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The byte parser against the char parser it stands in for: on random files of the characters
 * that matter (delimiters, quotes, CR and LF, controls, BOM, one- to four-byte characters) both
 * must hand out the same rows, cells and flags, whatever the buffer size cuts through; and with
 * bytes that are not well-formed, the same rows with the same bad cell named.
 */
class Utf8CsvParserTest {

  /** Bytes that are not well-formed UTF-8: a lone continuation, overlong, a surrogate, past U+10FFFF, a cut 中. */
  private static final byte[][] BAD = {{(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xFF}};
  private static final String[] PIECES = {"a", "1", "X", ",", ",", "\"", "\"", "\r", "\n", "\r\n", " ", "\t",
      "\u007F", "\u0001", "中", "张三", "é", "😀", "\uFEFF", "\"\"", "2023-05-12"};

  @Test
  void cutsEveryRandomFileAsTheCharParserDoes() throws IOException {
    Random random = new Random(20261201);
    for (int file = 0; file < 3000; file++) {
      byte[] bytes = randomFile(random);
      List<String> expected = charRows(bytes);
      for (int size : new int[] {1, 2, 3, 5, 64, 1 << 16}) {
        assertThat(byteRows(bytes, size)).as("file %d, buffer %d: %s", file, size, new String(bytes, StandardCharsets.UTF_8))
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void aBomStartsOnlyTheFile() throws IOException {
    byte[] bytes = "\uFEFF身份证号,姓名\r\n\uFEFFx,\"a,\"\"b\"\"\"\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(byteRows(bytes, 1 << 16)).isEqualTo(charRows(bytes))
        .containsExactly("1|true|身份证号|姓名", "2|true|\uFEFFx|a,\"b\"");
  }

  @Test
  void wellFormedIsWhatTheStrictDecoderAccepts() {
    Random random = new Random(7);
    int[] leads = {0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4,
        0xF5, 0xFF, 0x9F, 0xA0, 0x8F, 0x90};
    for (int t = 0; t < 20000; t++) {
      byte[] bytes = new byte[random.nextInt(14)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(3) == 0 ? random.nextInt(256) : leads[random.nextInt(leads.length)]);
      }
      boolean wellFormed = Utf8Validator.wellFormed(bytes, 0, bytes.length);
      assertThat(wellFormed).as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(decodesStrictly(bytes));
      if (!wellFormed) { // the byte parser relies on it: only a cell with U+FFFD needs the exact check
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\uFFFD");
      }
    }
  }

  private static boolean decodesStrictly(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static byte[] randomFile(Random random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextInt(4) == 0) {
      out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
    }
    int pieces = random.nextInt(60);
    boolean bad = random.nextInt(3) == 0;
    for (int i = 0; i < pieces; i++) {
      if (bad && random.nextInt(25) == 0) {
        out.writeBytes(BAD[random.nextInt(BAD.length)]);
      } else {
        out.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private static List<String> byteRows(byte[] bytes, int bufferSize) throws IOException {
    List<String> rows = new ArrayList<>();
    CsvSource.streamUtf8(() -> new ByteArrayInputStream(bytes), row -> rows.add(describe(row)), bufferSize);
    return rows;
  }

  private static List<String> charRows(byte[] bytes) throws IOException {
    List<String> rows = new ArrayList<>();
    CsvSource.parse(new StrictDecoder(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), row -> rows.add(describe(row)),
        Utf8CsvParser.Resume.START);
    return rows;
  }

  private static String describe(RawRow row) {
    StringBuilder s = new StringBuilder().append(row.rowNo).append('|').append(row.noControls);
    if (row.malformedCell >= 0 || row.foreignUtf8) {
      s.append("|bad ").append(row.malformedCell).append(' ').append(row.malformedBytes).append(row.foreignUtf8);
    }
    for (int i = 0; i < row.size(); i++) {
      s.append('|').append(row.text(i));
    }
    return s.toString();
  }
}
