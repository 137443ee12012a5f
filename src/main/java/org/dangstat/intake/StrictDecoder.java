package org.dangstat.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.HexFormat;

/**
 * Decodes a whole file strictly in one charset. A byte sequence invalid there is never silently
 * replaced: it becomes U+FFFD in the text <em>and</em> a recorded position (in chars handed out),
 * so that the parser can say at which row and cell the file stopped being what it was detected as
 * (a CSV that is UTF-8 for a megabyte and GBK further down). InputStreamReader would replace and
 * forget, or throw without saying where.
 */
final class StrictDecoder extends Reader {

  /** A bad sequence: at char {@code offset} of the decoded text, these bytes (as hex). */
  record Malformed(long offset, String bytes) {}

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final ArrayDeque<Malformed> malformed = new ArrayDeque<>();
  private long produced;
  private boolean eof;
  private boolean flushed;
  /** In a GB18030 file: the physical lines (0-based) that are valid UTF-8 with Chinese in them. */
  private final java.util.BitSet utf8Lines;
  private final Utf8LineCheck lineCheck;

  StrictDecoder(InputStream in, Charset charset) {
    this.in = in;
    boolean gb = charset.name().equals("GB18030");
    this.utf8Lines = gb ? new java.util.BitSet() : null;
    this.lineCheck = gb ? new Utf8LineCheck() : null;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The first bad sequence not yet taken, or null. */
  Malformed peekMalformed() {
    return malformed.peekFirst();
  }

  void takeMalformed() {
    malformed.pollFirst();
  }

  /**
   * Whether physical line {@code line} (0-based; lines end at CR, LF or CR LF) of a GB18030 file
   * is UTF-8 instead: known once its line break has been handed out (the bytes are scanned as they are read, before decoding).
   * Such a line decodes "validly" in GB18030 as mojibake, so strict decoding alone cannot see it.
   */
  boolean isUtf8Line(int line) {
    return utf8Lines != null && utf8Lines.get(line);
  }

  /** Tells a line of UTF-8 Chinese among GB18030 lines: GBK text is almost never valid UTF-8. */
  private final class Utf8LineCheck {
    private final Utf8Validator utf8 = new Utf8Validator();
    private int line;
    private boolean valid = true;
    private int multibyte;
    private boolean afterCr;

    /** Lines end at CR, at LF, and once at CR LF: as the CSV parser counts them. */
    void scan(byte[] b, int from, int to) {
      for (int i = from; i < to; i++) {
        int x = b[i] & 0xFF;
        boolean lf = x == '\n';
        boolean crlf = lf && afterCr;
        afterCr = x == '\r';
        if (crlf) {
          continue;
        }
        if (lf || afterCr) {
          end();
          continue;
        }
        if (valid) {
          int r = utf8.next(x);
          valid = r != Utf8Validator.INVALID;
          if (r == Utf8Validator.COMPLETED) {
            multibyte++;
          }
        }
      }
    }

    void end() {
      if (valid && utf8.atBoundary() && multibyte >= 2) {
        utf8Lines.set(line);
      }
      line++;
      utf8.reset();
      valid = true;
      multibyte = 0;
    }
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.hasRemaining()) {
      if (flushed) {
        break;
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (!out.hasRemaining()) {
          break; // the bad bytes stay in the buffer: reported again on the next read
        }
        byte[] bad = new byte[r.length()];
        bytes.get(bad);
        malformed.addLast(new Malformed(produced + out.position() - off, HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad)));
        out.put('\uFFFD');
      } else if (r.isOverflow()) {
        break;
      } else if (eof) {
        decoder.flush(out);
        flushed = true;
      } else if (out.position() > off && in.available() == 0) {
        break; // hand out what we have rather than wait
      } else {
        fill();
      }
    }
    int n = out.position() - off;
    produced += n;
    return n == 0 && flushed ? -1 : n;
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
      if (lineCheck != null) {
        lineCheck.end(); // the last line, without a line break
      }
    } else {
      if (lineCheck != null) {
        lineCheck.scan(bytes.array(), bytes.position(), bytes.position() + n);
      }
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
