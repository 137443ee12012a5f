package org.dangstat.warehouse;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Appends values in PostgreSQL's COPY text format (tab separated, \N for null), encoded as UTF-8
 * straight into a byte buffer. Building a String per line and encoding it again through a
 * Writer was a fifth of the loading thread's time.
 */
final class CopyText {

  private static final byte[] NULL = {'\\', 'N'};
  private byte[] buf = new byte[1024];
  private int len;
  private boolean first = true;

  CopyText text(String value) {
    sep();
    if (value == null) {
      return put(NULL);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        ascii(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        utf8(Character.toCodePoint(c, value.charAt(++i)));
      } else if (Character.isSurrogate(c)) {
        put((byte) '?'); // a lone half of a pair: what Java's own encoder writes
      } else {
        utf8(c);
      }
    }
    return this;
  }

  CopyText number(long value) {
    sep();
    if (value == Long.MIN_VALUE) {
      return put(Long.toString(value).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    if (value < 0) {
      put((byte) '-');
      value = -value;
    }
    int start = len;
    do {
      put((byte) ('0' + value % 10));
      value /= 10;
    } while (value > 0);
    reverse(start, len - 1);
    return this;
  }

  CopyText date(LocalDate value) {
    sep();
    if (value == null) {
      return put(NULL);
    }
    int year = value.getYear();
    if (year < 1000 || year > 9999) {
      return text(value.toString());
    }
    digits(year, 4).put((byte) '-').digits(value.getMonthValue(), 2).put((byte) '-')
        .digits(value.getDayOfMonth(), 2);
    return this;
  }

  CopyText bool(Boolean value) {
    sep();
    return value == null ? put(NULL) : put((byte) (value ? 't' : 'f'));
  }

  /** Writes the finished line to {@code out} and empties the buffer for the next one. */
  void endLine(OutputStream out) throws IOException {
    put((byte) '\n');
    out.write(buf, 0, len);
    len = 0;
    first = true;
  }

  private void ascii(char c) {
    switch (c) {
      case '\\' -> put((byte) '\\').put((byte) '\\');
      case '\t' -> put((byte) '\\').put((byte) 't');
      case '\n' -> put((byte) '\\').put((byte) 'n');
      case '\r' -> put((byte) '\\').put((byte) 'r');
      default -> put((byte) c);
    }
  }

  private void utf8(int cp) {
    if (cp < 0x800) {
      put((byte) (0xC0 | cp >> 6)).put((byte) (0x80 | cp & 0x3F));
    } else if (cp < 0x10000) {
      put((byte) (0xE0 | cp >> 12)).put((byte) (0x80 | cp >> 6 & 0x3F)).put((byte) (0x80 | cp & 0x3F));
    } else {
      put((byte) (0xF0 | cp >> 18)).put((byte) (0x80 | cp >> 12 & 0x3F)).put((byte) (0x80 | cp >> 6 & 0x3F))
          .put((byte) (0x80 | cp & 0x3F));
    }
  }

  private CopyText digits(int value, int width) {
    ensure(width);
    for (int i = width - 1; i >= 0; i--) {
      buf[len + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    len += width;
    return this;
  }

  private void reverse(int from, int to) {
    while (from < to) {
      byte t = buf[from];
      buf[from++] = buf[to];
      buf[to--] = t;
    }
  }

  private void sep() {
    if (!first) {
      put((byte) '\t');
    }
    first = false;
  }

  private CopyText put(byte b) {
    ensure(1);
    buf[len++] = b;
    return this;
  }

  private CopyText put(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
    return this;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }
}
