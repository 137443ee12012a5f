package org.dangstat.warehouse;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import org.dangstat.core.EpochDays;

/**
 * Appends rows in PostgreSQL's binary COPY format: each field its length and its bytes, numbers
 * big-endian, dates as days since 2000-01-01. PostgreSQL then parses no text (psql's COPY of a
 * million consolidated rows: 2.3 s binary, 2.9 s text) and Java formats no dates and escapes
 * nothing. Every COPY of the program goes through it (person_snapshot, file_issue).
 */
public final class CopyBinary {

  /** The file header: signature, flags, no header extension. */
  public static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, 0, 0, 0, 0, 0, 0, 0, 0};
  /** The end of the data: a field count of -1. */
  public static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};
  private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

  private byte[] buf = new byte[1024];
  private int len;

  /** Starts a row of {@code fields} fields. */
  public CopyBinary row(int fields) {
    len = 0;
    ensure(2);
    buf[len++] = (byte) (fields >> 8);
    buf[len++] = (byte) fields;
    return this;
  }

  public CopyBinary int8(long value) {
    return int8Raw(value);
  }

  public CopyBinary int4(int value) {
    int32(4);
    int32(value);
    return this;
  }

  /** An integer field; null as NULL. */
  public CopyBinary int4(Integer value) {
    return value == null ? nul() : int4(value.intValue());
  }

  /** A double precision field; null as NULL. */
  public CopyBinary float8(Double value) {
    if (value == null) {
      return nul();
    }
    return int8Raw(Double.doubleToLongBits(value));
  }

  private CopyBinary int8Raw(long bits) {
    int32(8);
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buf[len++] = (byte) (bits >> shift);
    }
    return this;
  }

  public CopyBinary bool(Boolean value) {
    if (value == null) {
      return nul();
    }
    int32(1);
    ensure(1);
    buf[len++] = (byte) (value ? 1 : 0);
    return this;
  }

  public CopyBinary date(LocalDate value) {
    if (value == null) {
      return nul();
    }
    int32(4);
    int32((int) (EpochDays.of(value) - POSTGRES_EPOCH_DAY));
    return this;
  }

  /** Text as UTF-8; a lone half of a surrogate pair becomes '?', as Java's own encoder writes it. */
  public CopyBinary text(String value) {
    if (value == null) {
      return nul();
    }
    ensure(4 + value.length() * 3);
    int lengthAt = len;
    len += 4;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        buf[len++] = (byte) c;
      } else if (c < 0x800) {
        buf[len++] = (byte) (0xC0 | c >> 6);
        buf[len++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        buf[len++] = (byte) (0xF0 | cp >> 18);
        buf[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buf[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buf[len++] = (byte) (0x80 | cp & 0x3F);
      } else if (Character.isSurrogate(c)) {
        buf[len++] = '?';
      } else {
        buf[len++] = (byte) (0xE0 | c >> 12);
        buf[len++] = (byte) (0x80 | c >> 6 & 0x3F);
        buf[len++] = (byte) (0x80 | c & 0x3F);
      }
    }
    int bytes = len - lengthAt - 4;
    buf[lengthAt] = (byte) (bytes >> 24);
    buf[lengthAt + 1] = (byte) (bytes >> 16);
    buf[lengthAt + 2] = (byte) (bytes >> 8);
    buf[lengthAt + 3] = (byte) bytes;
    return this;
  }

  /** Writes the finished row to {@code out}. */
  public void end(OutputStream out) throws IOException {
    out.write(buf, 0, len);
    len = 0;
  }

  private CopyBinary nul() {
    int32(-1);
    return this;
  }

  private void int32(int value) {
    ensure(4);
    buf[len++] = (byte) (value >> 24);
    buf[len++] = (byte) (value >> 16);
    buf[len++] = (byte) (value >> 8);
    buf[len++] = (byte) value;
  }

  private void ensure(int more) {
    if (len + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }
}
