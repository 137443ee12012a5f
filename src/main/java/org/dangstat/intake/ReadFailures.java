package org.dangstat.intake;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * A library's or the operating system's reason why a file could not be read, as an issue a clerk
 * or operator can act on: a Chinese message from the catalogue and a stable English code, never
 * POI's or the JDK's multi-line English text.
 */
public final class ReadFailures {

  private ReadFailures() {}

  /** The issue for a failure to read a whole file. */
  public static Issue issue(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("zip bomb")) {
        return IssueCatalog.fileIssue("XLSX_ZIP_BOMB");
      }
      if (t instanceof AccessDeniedException) {
        return IssueCatalog.fileIssue("FILE_ACCESS_DENIED");
      }
      if (t instanceof NoSuchFileException) {
        return IssueCatalog.fileIssue("FILE_VANISHED");
      }
      if (t instanceof FileSystemLoopException) {
        return IssueCatalog.fileIssue("FOLDER_LOOP");
      }
      if (t instanceof TableSource.UnreadableFileException u) {
        return IssueCatalog.fileIssue(u.code, u.getMessage());
      }
    }
    return IssueCatalog.fileIssue("FILE_READ_FAILED", describe(failure));
  }

  /** The kind of failure in a few words, for the operator: the exception's class and the OS's reason. */
  static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String reason = root instanceof IOException && root.getMessage() != null
        ? root.getMessage().lines().findFirst().orElse("") : "";
    return root.getClass().getSimpleName() + (reason.isEmpty() ? "" : ": " + Texts.abbreviate(reason, 120));
  }
}
