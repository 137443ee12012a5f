package org.dangstat.intake;

/** How bad a problem in a file is: an error rejects the whole file, a warning only reports. */
public enum Severity {
  ERROR, WARNING;

  public String label() {
    return this == ERROR ? "错误" : "警告";
  }
}
