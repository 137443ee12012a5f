package org.dangstat.intake;

/** Char-scan helpers for cell text as clerks type it (no regex: these run for every cell). */
final class Texts {

  private Texts() {}

  /** Spaces a clerk cannot see: ASCII and full-width spaces, NBSP, BOM and zero-width chars. */
  static boolean isInvisible(char c) {
    return c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
  }

  /** Trimmed of invisible chars at both ends; "" for null. Returns the same instance when clean. */
  static String trim(String s) {
    if (s == null) {
      return "";
    }
    int start = 0;
    int end = s.length();
    while (start < end && isInvisible(s.charAt(start))) {
      start++;
    }
    while (end > start && isInvisible(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  static boolean isBlank(String s) {
    return trim(s).isEmpty();
  }

  /**
   * The form used to look terms up: invisible chars removed everywhere, full-width ASCII
   * (ＡＢ１（）) made half-width, letters upper-cased. "工人（工勤技能人员）" = "工人(工勤技能人员)".
   */
  static String key(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char n = c;
      if (isInvisible(c)) {
        n = 0;
      } else if (c >= '\uFF01' && c <= '\uFF5E') {
        n = (char) (c - 0xFEE0);
      }
      if (n >= 'a' && n <= 'z') {
        n = (char) (n - 32);
      }
      if (n != c && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null && n != 0) {
        b.append(n);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Holds a Han character or CJK punctuation (a note, not an ID number). */
  static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF')
          || c == '\uFF1A' || c == '\uFF08' || c == '\uFF0C') {
        return true;
      }
    }
    return false;
  }

  /** At most {@code max} chars, for notes quoted in messages. */
  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "…";
  }
}
