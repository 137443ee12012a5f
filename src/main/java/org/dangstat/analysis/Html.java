package org.dangstat.analysis;

/** A tiny HTML builder that escapes every text it is given. */
final class Html {

  private final StringBuilder out = new StringBuilder(1 << 16);

  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  Html text(String text) {
    if (text == null) {
      return this;
    }
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      switch (ch) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(ch);
      }
    }
    return this;
  }

  /** A table cell. */
  Html td(Object value) {
    return raw("<td>").text(value == null ? "" : value.toString()).raw("</td>");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
