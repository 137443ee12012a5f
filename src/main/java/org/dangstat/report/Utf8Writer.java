package org.dangstat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/** A buffered UTF-8 writer for one thread: no lock per call, no CharsetEncoder. */
final class Utf8Writer extends Writer {

  private final OutputStream out;
  private final byte[] buf = new byte[1 << 16];
  private int len;
  private char pendingHigh;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  @Override
  public void write(char[] chars, int off, int count) throws IOException {
    for (int i = off; i < off + count; i++) {
      put(chars[i]);
    }
  }

  @Override
  public void write(String s, int off, int count) throws IOException {
    int end = off + count;
    int i = off;
    while (i < end) {
      // the common case, a run of ASCII (XML markup, digits, codes), byte for char without the checks of put
      if (pendingHigh == 0) {
        byte[] b = buf;
        int l = len;
        int stop = Math.min(end, i + (b.length - 4 - l));
        while (i < stop) {
          char c = s.charAt(i);
          if (c >= 0x80) {
            break;
          }
          b[l++] = (byte) c;
          i++;
        }
        len = l;
        if (i == end) {
          return;
        }
      }
      put(s.charAt(i++));
    }
  }

  /** Bytes already in UTF-8 (text encoded once and written many times), as they are. */
  void writeUtf8(byte[] bytes) throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put('?'); // a lone half of a pair before them, as Java's own encoder writes it
    }
    if (bytes.length > buf.length - len) {
      drain();
      if (bytes.length > buf.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buf, len, bytes.length);
    len += bytes.length;
  }

  /** A non-negative int's decimal digits, without making its string. */
  void writeDecimal(int value) throws IOException {
    if (pendingHigh != 0 || value < 0) {
      write(Integer.toString(value));
      return;
    }
    if (len > buf.length - 11) {
      drain();
    }
    int digits = 1;
    for (int v = value; v >= 10; v /= 10) {
      digits++;
    }
    int at = len + digits;
    len = at;
    int v = value;
    do {
      buf[--at] = (byte) ('0' + v % 10);
      v /= 10;
    } while (v != 0);
  }

  private void put(char c) throws IOException {
    if (len > buf.length - 4) {
      drain();
    }
    if (c < 0x80 && pendingHigh == 0) {
      buf[len++] = (byte) c;
    } else if (Character.isHighSurrogate(c)) {
      if (pendingHigh != 0) {
        buf[len++] = '?';
      }
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c) && pendingHigh != 0) {
      int cp = Character.toCodePoint(pendingHigh, c);
      pendingHigh = 0;
      buf[len++] = (byte) (0xF0 | cp >> 18);
      buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
      buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
      buf[len++] = (byte) (0x80 | cp & 0x3F);
    } else {
      if (pendingHigh != 0) {
        pendingHigh = 0;
        buf[len++] = '?'; // a lone half of a pair, as Java's own encoder writes it
        put(c);
        return;
      }
      if (Character.isSurrogate(c)) {
        buf[len++] = '?';
      } else if (c < 0x800) {
        buf[len++] = (byte) (0xC0 | c >> 6);
        buf[len++] = (byte) (0x80 | c & 0x3F);
      } else {
        buf[len++] = (byte) (0xE0 | c >> 12);
        buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[len++] = (byte) (0x80 | c & 0x3F);
      }
    }
  }

  private void drain() throws IOException {
    out.write(buf, 0, len);
    len = 0;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      put('?');
    }
    flush();
    out.close();
  }
}
