package org.dangstat.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import org.dangstat.warehouse.IdKeyGuard;
import org.dangstat.warehouse.SetupFailure;

/**
 * What people read when a command fails: Chinese, with a stable English code and the exit code of
 * cli.md, whatever the library that failed. The exception itself is printed only with
 * DANGSTAT_DEBUG=1.
 */
final class Failures {

  static final boolean DEBUG = System.getenv("DANGSTAT_DEBUG") != null && !System.getenv("DANGSTAT_DEBUG").isBlank();

  private Failures() {}

  static CommandFailure explain(Throwable e) {
    if (e instanceof CommandFailure failure) {
      return failure;
    }
    SetupFailure setup = find(e, SetupFailure.class);
    if (setup != null) {
      return new CommandFailure(ExitCodes.USAGE, setup.getMessage());
    }
    IdKeyGuard.KeyRefused key = find(e, IdKeyGuard.KeyRefused.class);
    if (key != null) {
      return new CommandFailure(ExitCodes.USAGE, key.getMessage());
    }
    CommandFailure inner = find(e, CommandFailure.class);
    if (inner != null) {
      return inner;
    }
    if (find(e, OutOfMemoryError.class) != null) {
      return failed("内存不足（OUT_OF_MEMORY）：请增大内存后重新运行，例如 DANGSTAT_JAVA_OPTS=-Xmx2g");
    }
    SQLException sql = find(e, SQLException.class);
    if (sql != null) {
      return failed("运行失败，" + SetupFailure.of(sql).getMessage());
    }
    FileSystemException fs = find(e, FileSystemException.class);
    if (fs != null) {
      String what = fs instanceof NoSuchFileException ? "文件或目录不存在" : fs instanceof AccessDeniedException
          ? "没有权限读写" : "无法读写文件";
      return failed("运行失败：" + what + " " + fs.getFile() + "（FILE_ACCESS）");
    }
    IOException io = find(e, IOException.class);
    if (io != null) {
      return failed("运行失败：读写文件出错（IO_ERROR）/ " + io.getMessage());
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return failed("运行失败：程序遇到意外情况（UNEXPECTED）/ " + (root.getMessage() == null
        ? root.getClass().getSimpleName() : root.getMessage()));
  }

  private static CommandFailure failed(String message) {
    return new CommandFailure(ExitCodes.JOB_FAILED, message
        + System.lineSeparator() + "重新运行同一命令即可从中断处继续 (run the same command again to resume)");
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
