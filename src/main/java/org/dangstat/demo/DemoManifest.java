package org.dangstat.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link DemoTownship#generate} wrote, so a caller can print it and a test can assert it.
 *
 * @param files every file written that the loader should read (orgunits and branch files), sorted
 * @param ignoredFiles files that must be ignored (a note, an Excel lock file)
 * @param formats per branch file: its format, e.g. {@code CSV GB18030, title row, dates 2023.5.12}
 * @param people rows of the latest period's files, all branches together
 * @param membersStart members (预备+正式) not left at the end of the first period ((year−1)Q4)
 * @param membersEnd members not left at the end of yearQ4
 * @param mistakes deliberate errors: each makes its file rejected
 * @param conflicts persons active in two branches at one period end (both files valid)
 * @param slips procedure rules broken on purpose (files valid, compliance reports them)
 * @param inconsistencies cross-period findings planted on purpose (files valid, consistency.csv lists them)
 */
public record DemoManifest(
    Path inbox,
    long seed,
    int year,
    int branches,
    List<String> files,
    List<String> ignoredFiles,
    Map<String, String> formats,
    int people,
    int membersStart,
    int membersEnd,
    List<Mistake> mistakes,
    List<Conflict> conflicts,
    List<ProcedureSlip> slips,
    List<Inconsistency> inconsistencies) {

  /** A deliberate error in a file; {@code code} is the issue code the loader should report. */
  public record Mistake(String file, String code, String maskedId, String description) {}

  public record Conflict(String maskedId, String fromBranch, String toBranch, String period, String description) {}

  public record ProcedureSlip(String branch, String rule, String maskedId, String description) {}

  /** A cross-period finding planted in a branch, as analyze --period of {@code period} reports it, and its story. */
  public record Inconsistency(String branch, String code, String maskedId, String period, String story) {}

  /** The files that must be rejected as a whole. */
  public List<String> mistakeFiles() {
    return mistakes.stream().map(Mistake::file).distinct().sorted().toList();
  }

  /** A few lines for a console. */
  public String summary() {
    var sb = new StringBuilder();
    sb.append(String.format("  %d 个党支部，%d 个文件，%d 人（%dQ4），党员 %d → %d 名%n", branches, files.size(), people,
        year, membersStart, membersEnd));
    sb.append("  其中故意放入的问题，下面的汇总会一一查出 the deliberate mistakes the run below finds:").append('\n');
    mistakes.forEach(m -> sb.append(String.format("  · 错误 %s：%s（%s%s）%n", m.file(), m.description(), m.code(),
        m.maskedId() == null ? "" : "，" + m.maskedId())));
    conflicts.forEach(c -> sb.append(String.format("  · 跨支部冲突 %s %s：%s → %s，%s%n", c.period(), c.maskedId(),
        c.fromBranch(), c.toBranch(), c.description())));
    slips.forEach(s -> sb.append(String.format("  · 程序问题 %s：%s（%s，%s）%n", s.branch(), s.description(), s.rule(),
        s.maskedId())));
    inconsistencies.forEach(i -> sb.append(String.format("  · 跨期问题 %s %s：%s（%s，%s）%n", i.period(), i.branch(),
        i.story(), i.code(), i.maskedId())));
    ignoredFiles.forEach(f -> sb.append(String.format("  · 应忽略的文件 %s%n", f)));
    return sb.toString();
  }
}
