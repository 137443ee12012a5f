package org.dangstat.analysis;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.annual.BalanceView;
import org.dangstat.integrity.ConsistencyFinding;
import org.dangstat.integrity.Timeliness;

/**
 * The period-integrity parts of the analysis (period-checks.md): the per-branch counts the
 * indicator engine rolls up, and the words of the report's notices and of its 跨期核对 section
 * ({@code templates/consistency.mustache}). Nothing here knows HTML.
 */
final class Integrity {

  /** The 跨期核对 section: none, or a summary and each finding as a sentence. */
  record Consistency(boolean none, String summary, List<String> sentences) {}

  private static final int MAX_ROWS = 300;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Integrity() {}

  static Map<String, Integer> findingsPerBranch(List<ConsistencyFinding> findings) {
    Map<String, Integer> n = new HashMap<>();
    findings.forEach(f -> n.merge(f.orgCode(), 1, Integer::sum));
    return n;
  }

  static Map<String, Integer> onTimePerBranch(List<Completeness.Row> rows) {
    Map<String, Integer> n = new HashMap<>();
    rows.forEach(r -> n.put(r.orgCode(), Timeliness.YES.equals(r.onTime()) ? 1 : 0));
    return n;
  }

  static String onTimeLabel(String onTime) {
    return Timeliness.YES.equals(onTime) ? "按时" : Timeliness.NO.equals(onTime) ? "逾期" : "";
  }

  /** Whose figures these are: a locked period's, or an --as-of analysis's; null for now. */
  static String momentNotice(OffsetDateTime moment, OffsetDateTime lockedAt) {
    if (lockedAt != null && lockedAt.equals(moment)) {
      return "本期已于 " + minute(lockedAt) + " 封存：数字为封存时的名册所得，此后收到的文件不计入（如需更正须党委解除封存）。";
    }
    return moment == null ? null : "回溯分析：数字为 " + minute(moment) + " 时在用的名册所得。";
  }

  /** The branches whose valid file came after the deadline, or null. */
  static String lateNotice(List<Completeness.Row> rows, LocalDate deadline) {
    var late = rows.stream().filter(Completeness.Row::late).toList();
    return late.isEmpty() ? null : late.size() + " 个党支部未在报送时限（" + deadline + "）前报送有效名册："
        + String.join("、", late.stream().map(Completeness.Row::orgName).toList());
  }

  static Consistency consistency(List<ConsistencyFinding> findings, IndicatorView names) {
    if (findings.isEmpty()) {
      return new Consistency(true, null, List.of());
    }
    Map<String, Integer> byCode = new LinkedHashMap<>();
    findings.forEach(f -> byCode.merge(f.code(), 1, Integer::sum));
    String summary = "本期名册与上期名册对照，共发现 " + findings.size() + " 处前后不一致（"
        + String.join("，", byCode.entrySet().stream()
            .map(e -> ConsistencyFinding.label(e.getKey()) + " " + e.getValue()).toList())
        + "）。这些是提醒，文件照常接收；请相关党支部核实，在下期名册中更正或补上离开、转入记录。"
        + (findings.size() > MAX_ROWS ? "以下列出前 " + MAX_ROWS + " 条，全部见 consistency.csv。" : "");
    return new Consistency(false, summary,
        findings.stream().limit(MAX_ROWS).map(f -> f.sentence(names.name(f.orgCode()))).toList());
  }

  /** An unbalanced branch of 表1 and the cross-period findings of its year that explain it. */
  record BalanceNote(String headline, List<String> sentences, boolean unexplained) {}

  /**
   * Every branch whose 表1 does not balance (period-checks.md §2: which branch, how many), with
   * the consistency rows of each quarter of the year that explain it; none for a quarter's report.
   */
  static List<BalanceNote> balanceNotes(BalanceView balance, List<ConsistencyFinding> yearChain, IndicatorView names) {
    if (balance == null || yearChain == null) {
      return List.of();
    }
    Map<String, List<String>> byBranch = new LinkedHashMap<>();
    yearChain.forEach(f -> byBranch.computeIfAbsent(f.orgCode(), k -> new java.util.ArrayList<>())
        .add(f.period() + "：" + f.sentence(names.name(f.orgCode()))));
    List<BalanceNote> notes = new java.util.ArrayList<>();
    for (var row : balance.rows()) {
      if (!row.unbalanced() || !"branch".equals(row.level())) {
        continue;
      }
      int d = row.difference();
      List<String> why = byBranch.getOrDefault(row.code(), List.of());
      notes.add(new BalanceNote(row.name() + "（" + row.code() + "）：年底实有数 " + row.actual() + " 名，比应有数 "
          + row.expected() + " 名" + (d > 0 ? "多 " + d : "少 " + (-d)) + " 名。"
          + (why.isEmpty() ? "" : "跨期核对记录（consistency.csv 逐季）：" ), why.stream().limit(MAX_ROWS).toList(),
          why.isEmpty()));
    }
    return notes;
  }

  private static String minute(OffsetDateTime t) {
    return t.atZoneSameInstant(ZoneId.systemDefault()).format(MINUTE);
  }
}
