package org.dangstat.cli;

/** The exit codes of cli.md. */
final class ExitCodes {
  static final int OK = 0;
  static final int JOB_FAILED = 1;
  static final int USAGE = 2;
  static final int LOCKED = 3;
  /** {@code check} only: at least one file would be rejected. */
  static final int REJECTED = 4;

  private ExitCodes() {}
}
