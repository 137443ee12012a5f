package org.dangstat.compliance;

/** A rules file that cannot be used; the message names the file, the rule and the key. */
public class RulesFileException extends IllegalArgumentException {

  public RulesFileException(String message) {
    super(message);
  }

  public RulesFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
