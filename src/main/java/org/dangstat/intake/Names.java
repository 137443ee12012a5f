package org.dangstat.intake;

import java.util.ArrayList;
import java.util.List;

/** Lists of names (培养联系人, 入党介绍人) separated by 、 , ， ; ； or spaces. */
final class Names {

  private Names() {}

  static List<String> split(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    if (!hasSeparator(text)) {
      return List.of(text); // one name, as most cells hold: no copies
    }
    List<String> out = new ArrayList<>(2);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean sep = i == text.length() || isSeparator(text.charAt(i));
      if (sep && start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      } else if (!sep && start < 0) {
        start = i;
      }
    }
    return List.copyOf(out);
  }

  private static boolean hasSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isSeparator(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSeparator(char c) {
    return c == '、' || c == ',' || c == '，' || c == ';' || c == '；' || Texts.isInvisible(c);
  }
}
