package org.dangstat.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a branch CSV for the baseline COPY "untransformed": only what PostgreSQL itself cannot
 * skip is skipped (the BOM, the title rows and the header line); the encoding is named to COPY.
 */
final class BaselineFiles {

  record Opened(InputStream rows, String encoding) {}

  private BaselineFiles() {}

  static Opened open(Path csv) throws IOException {
    byte[] head = new byte[(int) Math.min(Files.size(csv), 1 << 16)];
    try (InputStream in = Files.newInputStream(csv)) {
      in.readNBytes(head, 0, head.length);
    }
    boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    Charset charset = bom || isUtf8(head) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 16);
    if (bom) {
      in.skipNBytes(3);
    }
    while (true) {
      String line = readLine(in, charset);
      if (line == null || line.contains("身份证号") || line.contains("id_number")) {
        break;
      }
    }
    return new Opened(in, charset == StandardCharsets.UTF_8 ? "UTF8" : "GB18030");
  }

  private static boolean isUtf8(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes, 0, lastLineEnd(bytes)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int lastLineEnd(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return bytes.length;
  }

  private static String readLine(InputStream in, Charset charset) throws IOException {
    var line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        return line.toString(charset);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(charset);
  }
}
