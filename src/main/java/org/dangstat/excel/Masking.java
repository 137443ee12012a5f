package org.dangstat.excel;

import java.util.regex.Pattern;
import org.dangstat.intake.IdNumbers;

/**
 * The last guard before text leaves for a file a clerk's colleagues may see: anything shaped like
 * a full ID number (18 characters, or the old 15 digits) is masked. Issue values and messages are
 * masked by the reader already; this catches what a future message might add.
 */
final class Masking {

  private static final Pattern ID = Pattern.compile("(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])");

  private Masking() {}

  static String mask(String text) {
    return text == null ? null : ID.matcher(text).replaceAll(m -> IdNumbers.mask(m.group(1)));
  }
}
