package org.dangstat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.dangstat.warehouse.IdHasher;
import org.dangstat.warehouse.IdKeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Backup and move of the person-hash key: without it the warehouse's people cannot be matched
 * with new files, so it travels with the database (the warehouse keeps only its fingerprint).
 */
@Command(name = "key", mixinStandardHelpOptions = true,
    description = {"Export or import the person-hash key (the key of the keyed hash of 身份证号).", "",
        "Examples:", "  dangstat key export --out /secure/backup/id-hash.key",
        "  dangstat key import /secure/backup/id-hash.key --data /var/lib/dangstat/data", ""},
    subcommands = {KeyCommand.Export.class, KeyCommand.Import.class})
final class KeyCommand implements Runnable {

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  @Command(name = "export", mixinStandardHelpOptions = true,
      description = "Write the key (DANGSTAT_ID_KEY, else <data>/id-hash.key) to a new owner-only file, or print it.")
  static final class Export implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "default: data/") Path data = Path.of("data");

    @Option(names = "--out", paramLabel = "FILE", description = "a new file (default: print to standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
      Path dir = data.toAbsolutePath().normalize();
      if (!IdHasher.isConfigured(dir)) {
        throw new CommandFailure(ExitCodes.USAGE, "没有身份证号哈希密钥：" + IdKeyFile.in(dir)
            + " 不存在，也未设置 " + IdHasher.KEY_ENV + "（KEY_MISSING）");
      }
      byte[] key = load(dir);
      if (out == null) {
        System.out.println(HexFormat.of().formatHex(key));
      } else {
        try {
          IdKeyFile.write(out, key, false);
        } catch (java.nio.file.FileAlreadyExistsException e) {
          throw new CommandFailure(ExitCodes.USAGE, "文件已存在：" + out + "（KEY_FILE_EXISTS: choose a new file）");
        }
        System.out.println("密钥已导出到 key exported to " + out.toAbsolutePath().normalize() + "（仅所有者可读 owner-only）");
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Install a key file as <data>/id-hash.key (refuses to replace a different key).")
  static final class Import implements java.util.concurrent.Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a key file written by `dangstat key export`") Path file;

    @Option(names = "--data", paramLabel = "DIR", description = "default: data/") Path data = Path.of("data");

    @Override
    public Integer call() throws IOException {
      byte[] key;
      try {
        key = IdKeyFile.read(file);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new CommandFailure(ExitCodes.USAGE, "密钥文件不存在：" + file + "（KEY_FILE_MISSING）");
      } catch (IllegalArgumentException e) {
        throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
      }
      Path target = IdKeyFile.in(data.toAbsolutePath().normalize());
      if (Files.exists(target)) {
        if (Arrays.equals(IdKeyFile.read(target), key)) {
          System.out.println("密钥已在 key already in " + target);
          return ExitCodes.OK;
        }
        throw new CommandFailure(ExitCodes.USAGE, target + " 已有另一个密钥，未替换（KEY_CONFLICT: the data folder "
            + "holds a different key; move it away first if you are sure）");
      }
      IdKeyFile.write(target, key, false);
      System.out.println("密钥已导入 key imported to " + target);
      return ExitCodes.OK;
    }
  }

  private static byte[] load(Path dir) throws IOException {
    try {
      return IdHasher.loadKey(dir);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
    }
  }
}
