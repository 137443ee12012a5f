package org.dangstat.warehouse;

import java.time.LocalDate;

/** Appends values in PostgreSQL's COPY text format (tab separated, \N for null). */
final class CopyText {

  private final StringBuilder line = new StringBuilder(512);
  private boolean first = true;

  CopyText text(String value) {
    sep();
    if (value == null) {
      line.append("\\N");
      return this;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
    return this;
  }

  CopyText number(long value) {
    sep();
    line.append(value);
    return this;
  }

  CopyText date(LocalDate value) {
    sep();
    if (value == null) {
      line.append("\\N");
    } else {
      line.append(value); // ISO yyyy-MM-dd
    }
    return this;
  }

  CopyText bool(Boolean value) {
    sep();
    line.append(value == null ? "\\N" : value ? "t" : "f");
    return this;
  }

  /** The finished line, and the builder emptied for the next one. */
  String endLine() {
    line.append('\n');
    String out = line.toString();
    line.setLength(0);
    first = true;
    return out;
  }

  private void sep() {
    if (!first) {
      line.append('\t');
    }
    first = false;
  }
}
