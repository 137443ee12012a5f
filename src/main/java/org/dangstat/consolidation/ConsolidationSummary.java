package org.dangstat.consolidation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangstat.consolidation.ConflictRepository.Conflict;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.excel.AnnotatedCopy;
import org.dangstat.warehouse.jooq.tables.records.SubmissionRecord;

/** The table printed at the end of a run: what came in, what became of it, and how long it took. */
public record ConsolidationSummary(
    boolean completed, String failure, long jobInstanceId, boolean resumed,
    List<SubmissionRecord> files, int unchanged, List<String> ignored, List<String> tooNew,
    List<String> unreadable, List<Conflict> conflicts, List<String> notes, double seconds,
    Path returnsDir, Map<Long, Path> returned, Map<Long, Map<String, Integer>> codes) {

  public long accepted() {
    return files.stream().filter(f -> !SubmissionStatus.REJECTED.is(f.getStatus())).count();
  }

  public long rejected() {
    return files.stream().filter(f -> SubmissionStatus.REJECTED.is(f.getStatus())).count();
  }

  /** Person rows loaded (the org tree's rows are not people). */
  public long rowsLoaded() {
    return branchFiles().mapToLong(SubmissionRecord::getRowsLoaded).sum();
  }

  public long rowsRead() {
    return branchFiles().mapToLong(SubmissionRecord::getRowsTotal).sum();
  }

  private java.util.stream.Stream<SubmissionRecord> branchFiles() {
    return files.stream().filter(f -> !"orgunits".equals(f.getKind()));
  }

  public long errors() {
    return files.stream().mapToLong(SubmissionRecord::getErrors).sum();
  }

  public long warnings() {
    return files.stream().mapToLong(SubmissionRecord::getWarnings).sum();
  }

  public void print(PrintStream out) {
    out.println();
    out.printf("汇总 summary — 第 %d 次运行%s%n", jobInstanceId, resumed ? "（续跑 resumed）" : "");
    notes.forEach(n -> out.println("  " + n));
    out.printf("  %-22s %,10d%n", "接收 accepted", accepted());
    out.printf("  %-22s %,10d%n", "退回 rejected", rejected());
    out.printf("  %-22s %,10d%n", "未变 unchanged", unchanged);
    out.printf("  %-22s %,10d%n", "忽略 ignored", ignored.size());
    if (!tooNew.isEmpty()) {
      out.printf("  %-22s %,10d%n", "稍后读取 too new", tooNew.size());
    }
    if (!unreadable.isEmpty()) {
      out.printf("  %-22s %,10d%n", "无法读取 unreadable", unreadable.size());
    }
    out.printf("  %-22s %,10d%n", "读取行 rows read", rowsRead());
    out.printf("  %-22s %,10d%n", "入库行 rows loaded", rowsLoaded());
    out.printf("  %-22s %,10d%n", "错误 errors", errors());
    out.printf("  %-22s %,10d%n", "警告 warnings", warnings());
    out.printf("  %-22s %,10d%n", "跨支部冲突 conflicts", conflicts.size());
    out.printf("  %-22s %10.1f s  (%,.0f 行/秒 rows/s)%n", "用时 time", seconds,
        rowsRead() / Math.max(seconds, 1e-3));
    files.stream().filter(f -> SubmissionStatus.REJECTED.is(f.getStatus())).forEach(f -> out.printf(
        "  ✗ 退回 %s：%d 个错误，报告 %s%s%n", f.getInboxPath(), f.getErrors(), report(f), annotated(f)));
    var warned = files.stream().filter(f -> !SubmissionStatus.REJECTED.is(f.getStatus()) && f.getWarnings() > 0).toList();
    warned.stream().limit(5).forEach(f -> out.printf("  ! 警告 %s：%d 个警告，报告 %s%s%n", f.getInboxPath(),
        f.getWarnings(), report(f), annotated(f)));
    if (warned.size() > 5) {
      out.printf("  ! 另有 %d 个文件有警告（已入库；明细见%s）%n", warned.size() - 5,
          returned.isEmpty() ? "各文件的报告" : "退回文件夹中各支部的报告");
    }
    if (!returned.isEmpty()) {
      out.printf("  → 退回文件夹 returns: %s（每个支部一个文件夹，报告和批注可直接发回支部）%n", returnsDir);
    }
    ignored.forEach(f -> out.println("  · 忽略 ignored: " + f));
    tooNew.forEach(f -> out.println("  · 稍后读取 TOO_NEW: " + f + "（修改时间未满 --min-age，可能仍在写入，留待下次运行）"));
    unreadable.forEach(f -> out.println("  ✗ 无法读取 unreadable: " + f));
    conflicts.stream().limit(50).forEach(c -> out.printf("  ⚠ CROSS_BRANCH_CONFLICT %s %s %s 同时在 %s 和 %s%n",
        c.period(), c.name(), c.idMasked(), c.branchA(), c.branchB()));
    if (!completed) {
      out.println("  运行未完成（JOB_FAILED）：" + failure);
      out.println("  重新运行同一命令即可从中断处继续 (run the same command again to resume)");
    }
  }

  /** The error report to send back: its copy in the returns folder, else the archived one. */
  Path report(SubmissionRecord f) {
    Path copy = returned.get(f.getId());
    return copy != null ? copy : f.getErrorReportPath() == null ? null : Path.of(f.getErrorReportPath());
  }

  /** "，批注 <path>" when the clerk's workbook was given back marked (XLSX only). */
  private String annotated(SubmissionRecord f) {
    Path report = report(f);
    if (report == null) {
      return "";
    }
    Path copy = AnnotatedCopy.targetFor(Path.of(f.getFileName()), report.getParent());
    return Files.exists(copy) ? "，批注 " + copy : "";
  }

  /** The same summary as one JSON-ready object (consolidate --json), for monitoring. */
  public Map<String, Object> asJson() {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("accepted", accepted());
    counts.put("rejected", rejected());
    counts.put("unchanged", unchanged);
    counts.put("ignored", ignored.size());
    counts.put("rows_read", rowsRead());
    counts.put("rows_loaded", rowsLoaded());
    counts.put("errors", errors());
    counts.put("warnings", warnings());
    counts.put("conflicts", conflicts.size());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("completed", completed);
    json.put("failure", completed ? null : failure);
    json.put("run", jobInstanceId);
    json.put("resumed", resumed);
    json.put("counts", counts);
    json.put("seconds", Math.round(seconds * 1000) / 1000.0);
    json.put("rejected_files", files.stream().filter(f -> SubmissionStatus.REJECTED.is(f.getStatus()))
        .map(f -> fileJson(f, f.getErrors())).toList());
    json.put("warned_files", files.stream().filter(f -> !SubmissionStatus.REJECTED.is(f.getStatus()) && f.getWarnings() > 0)
        .map(f -> fileJson(f, f.getWarnings())).toList());
    json.put("ignored_files", ignored);
    json.put("notes", notes);
    json.put("returns", returnsDir == null ? null : returnsDir.toString());
    return json;
  }

  private Map<String, Object> fileJson(SubmissionRecord f, int problems) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", f.getInboxPath());
    m.put("branch", f.getBranchCode());
    m.put("period", f.getPeriod());
    m.put(SubmissionStatus.REJECTED.is(f.getStatus()) ? "errors" : "warnings", problems);
    m.put("codes", codes.getOrDefault(f.getId(), Map.of()));
    Path report = report(f);
    m.put("report", report == null ? null : report.toString());
    String marked = annotated(f);
    m.put("marked_copy", marked.isEmpty() ? null : marked.substring("，批注 ".length()));
    return m;
  }
}
