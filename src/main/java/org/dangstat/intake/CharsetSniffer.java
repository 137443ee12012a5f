package org.dangstat.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells UTF-8 (with or without BOM) from GB18030/GBK, the two encodings Excel and WPS save CSV in.
 * GBK text is almost never valid UTF-8, so the first megabyte of non-ASCII bytes is checked for
 * strict UTF-8; any invalid sequence means GB18030.
 */
final class CharsetSniffer {

  static final String UTF8 = "UTF-8";
  static final String UTF8_BOM = "UTF-8-BOM";
  static final String GB18030 = "GB18030";

  private static final int NON_ASCII_SAMPLE = 1 << 20;

  private CharsetSniffer() {}

  static String detect(Path file) throws IOException {
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

  private static boolean isUtf8(InputStream in, int... first) throws IOException {
    int nonAscii = 0;
    int pending = 0; // continuation bytes still expected
    int min = 0x80;
    int max = 0xBF; // allowed range of the next continuation byte (rules out overlongs, surrogates)
    int i = 0;
    while (nonAscii < NON_ASCII_SAMPLE) {
      int b = i < first.length ? first[i++] : in.read();
      if (b < 0) {
        return pending == 0;
      }
      if (pending > 0) {
        if (b < min || b > max) {
          return false;
        }
        nonAscii++;
        pending--;
        min = 0x80;
        max = 0xBF;
        continue;
      }
      if (b < 0x80) {
        continue;
      }
      nonAscii++;
      if (b >= 0xC2 && b <= 0xDF) {
        pending = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        pending = 2;
        min = b == 0xE0 ? 0xA0 : 0x80;
        max = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        pending = 3;
        min = b == 0xF0 ? 0x90 : 0x80;
        max = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
    }
    return true;
  }
}
