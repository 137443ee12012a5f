package org.dangstat.intake;

import java.util.HashMap;
import java.util.Map;

/** Words clerks write → codes, looked up by {@link Texts#key}; the first word of a code is its label. */
final class TermTable {

  private final Map<String, String> codeByKey = new HashMap<>();
  private final Map<String, String> labelByCode = new HashMap<>();

  void add(String term, String code) {
    codeByKey.putIfAbsent(Texts.key(term), code);
    labelByCode.putIfAbsent(code, term);
  }

  /**
   * The code for what the clerk wrote, or null. Most cells are written as a key already, and
   * {@link Texts#key} of a key is the key itself, so the text is tried as it is first.
   */
  String code(String written) {
    String code = codeByKey.get(written);
    return code != null ? code : codeByKey.get(Texts.key(written));
  }

  String label(String code) {
    return labelByCode.getOrDefault(code, code);
  }
}
