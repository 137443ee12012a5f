package org.dangstat.plan;

/** An invalid plan file: the message is Chinese, names the line and ends with the English code. */
public class PlanException extends RuntimeException {

  private final String code;
  private final int line;

  public PlanException(String file, int line, String message, String code) {
    super("计划文件 " + file + " 第" + line + "行：" + message + "（" + code + "）");
    this.code = code;
    this.line = line;
  }

  /** English code, e.g. {@code UNKNOWN_INDICATOR}. */
  public String code() {
    return code;
  }

  /** 1-based line in the file. */
  public int line() {
    return line;
  }
}
