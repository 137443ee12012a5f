package org.dangstat.intake;

/**
 * Well-formed UTF-8 byte by byte (the Unicode standard's table 3-7: no overlong forms, no
 * surrogates, nothing past U+10FFFF), which is exactly what Java's strict UTF-8 decoder accepts.
 * One automaton for the charset sniffer, the GB18030 decoder's check for lines of UTF-8, and the
 * check of a cell cut from a UTF-8 file as bytes ({@link Utf8CsvParser}).
 */
final class Utf8Validator {

  /** {@link #next}: the byte makes the text ill-formed. */
  static final int INVALID = -1;
  /** {@link #next}: a multi-byte character has begun or goes on. */
  static final int PARTIAL = 0;
  /** {@link #next}: an ASCII character. */
  static final int ASCII = 1;
  /** {@link #next}: the last byte of a multi-byte character. */
  static final int COMPLETED = 2;

  private int pending; // continuation bytes still expected
  private int min = 0x80;
  private int max = 0xBF; // allowed range of the next continuation byte

  /** Takes the next byte (0-255); after INVALID, call {@link #reset} before going on. */
  int next(int b) {
    if (pending > 0) {
      if (b < min || b > max) {
        return INVALID;
      }
      min = 0x80;
      max = 0xBF;
      return --pending == 0 ? COMPLETED : PARTIAL;
    }
    if (b < 0x80) {
      return ASCII;
    }
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
      return INVALID;
    }
    return PARTIAL;
  }

  /** No character is half way. */
  boolean atBoundary() {
    return pending == 0;
  }

  void reset() {
    pending = 0;
    min = 0x80;
    max = 0xBF;
  }

  /** Whether the bytes {@code [from, to)} are well-formed UTF-8 on their own. */
  static boolean wellFormed(byte[] bytes, int from, int to) {
    Utf8Validator v = new Utf8Validator();
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0 || !v.atBoundary()) {
        if (v.next(bytes[i] & 0xFF) == INVALID) {
          return false;
        }
      }
    }
    return v.atBoundary();
  }
}
