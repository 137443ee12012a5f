package org.dangstat.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What real inboxes also hold and the loader must skip: a note to the committee and an Excel lock file. */
final class IgnoredFiles {

  static final String NOTE_NAME = "说明.txt";
  static final String NOTE = """
      城桥街道党工委 党员及发展对象名册报送说明
      1. 各党支部每季度末后10日内报送本季度名册，文件名为“支部代码_期间”，如 CQ-007_2026Q3.xlsx。
      2. 名册须包含本年度已离开本支部的人员，并填写离开日期和离开原因。
      3. 身份证号列请设置为文本格式，避免后几位变成0。
      如有疑问请联系街道组织办。
      """;

  private IgnoredFiles() {}

  static List<String> names(String firstBranch, int year) {
    return List.of(NOTE_NAME, lockName(firstBranch, year));
  }

  static void write(Path inbox, String firstBranch, int year) throws IOException {
    Files.writeString(inbox.resolve(NOTE_NAME), NOTE, StandardCharsets.UTF_8);
    // Excel's owner file: the user name, length-prefixed, padded; never a workbook.
    byte[] lock = new byte[162];
    byte[] user = "zuzhiban".getBytes(StandardCharsets.US_ASCII);
    lock[0] = (byte) user.length;
    System.arraycopy(user, 0, lock, 1, user.length);
    Files.write(inbox.resolve(lockName(firstBranch, year)), lock);
  }

  private static String lockName(String branch, int year) {
    return "~$" + branch + "_" + year + "Q4.xlsx";
  }
}
