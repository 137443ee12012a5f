package org.dangstat.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells UTF-8 (with or without BOM) from GB18030/GBK, the two encodings Excel and WPS save CSV in.
 * GBK text is almost never valid UTF-8, so the first megabyte of non-ASCII bytes is checked for
 * strict UTF-8; any invalid sequence means GB18030. The rest of the file is then decoded strictly
 * ({@link StrictDecoder}): a sample decides the charset, never what the rest is allowed to be.
 *
 * <p>UTF-16 and UTF-32 (Excel's "Unicode text", some exporters) are recognised by their BOM or,
 * without one, by the zero bytes that every ASCII character (digits, commas) brings along, so that
 * such a file is named for what it is instead of being read as a file without a header.
 */
final class CharsetSniffer {

  static final String UTF8 = "UTF-8";
  static final String UTF8_BOM = "UTF-8-BOM";
  static final String GB18030 = "GB18030";

  static final String UTF16LE = "UTF-16LE";
  static final String UTF16BE = "UTF-16BE";
  static final String UTF32LE = "UTF-32LE";
  static final String UTF32BE = "UTF-32BE";

  private static final int NON_ASCII_SAMPLE = 1 << 20;
  private static final int WIDE_SAMPLE = 4096;

  private CharsetSniffer() {}

  /** UTF-16/32: not an encoding of the template, rejected with its name. */
  static boolean isWide(String encoding) {
    return encoding.startsWith("UTF-16") || encoding.startsWith("UTF-32");
  }

  static String detect(Path file) throws IOException {
    String wide = wideEncoding(file);
    if (wide != null) {
      return wide;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int b0 = in.read();
      int b1 = in.read();
      int b2 = in.read();
      if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
        return UTF8_BOM;
      }
      return isUtf8(in, b0, b1, b2) ? UTF8 : GB18030;
    }
  }

  private static String wideEncoding(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(WIDE_SAMPLE);
    }
    int n = head.length;
    if (n >= 4 && u(head[0]) == 0xFF && u(head[1]) == 0xFE && head[2] == 0 && head[3] == 0) {
      return UTF32LE;
    }
    if (n >= 4 && head[0] == 0 && head[1] == 0 && u(head[2]) == 0xFE && u(head[3]) == 0xFF) {
      return UTF32BE;
    }
    if (n >= 2 && u(head[0]) == 0xFF && u(head[1]) == 0xFE) {
      return UTF16LE;
    }
    if (n >= 2 && u(head[0]) == 0xFE && u(head[1]) == 0xFF) {
      return UTF16BE;
    }
    if (n < 16) {
      return null;
    }
    int[] zeros = new int[4]; // zero bytes by position mod 4
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        zeros[i % 4]++;
      }
    }
    int quarter = n / 4;
    // ASCII in UTF-32LE: x 0 0 0; in UTF-32BE: 0 0 0 x; in UTF-16: a zero in every other byte
    if (zeros[1] > quarter / 2 && zeros[2] > quarter / 2 && zeros[3] > quarter / 2 && zeros[0] < quarter / 8) {
      return UTF32LE;
    }
    if (zeros[0] > quarter / 2 && zeros[1] > quarter / 2 && zeros[2] > quarter / 2 && zeros[3] < quarter / 8) {
      return UTF32BE;
    }
    int even = zeros[0] + zeros[2];
    int odd = zeros[1] + zeros[3];
    if (odd > n / 10 && even < odd / 8) {
      return UTF16LE;
    }
    if (even > n / 10 && odd < even / 8) {
      return UTF16BE;
    }
    return null;
  }

  private static int u(byte b) {
    return b & 0xFF;
  }

  private static boolean isUtf8(InputStream in, int... first) throws IOException {
    Utf8Validator utf8 = new Utf8Validator();
    int nonAscii = 0;
    int i = 0;
    while (nonAscii < NON_ASCII_SAMPLE) {
      int b = i < first.length ? first[i++] : in.read();
      if (b < 0) {
        return utf8.atBoundary();
      }
      int r = utf8.next(b);
      if (r == Utf8Validator.INVALID) {
        return false;
      }
      if (r != Utf8Validator.ASCII) {
        nonAscii++;
      }
    }
    return true;
  }
}
