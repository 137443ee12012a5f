package org.dangstat.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.dangstat.core.TargetStatus;

/**
 * {@code allocation.html}: one self-contained Chinese page (chart embedded as base64 PNG) a
 * committee member opens offline: the total and its derivation, the warnings, the table with
 * reasons, the expected structure against the targets, the chart.
 */
final class AllocationHtml {

  private AllocationHtml() {}

  static Path write(Allocation a, int year, String rootOrg, Path chartPng, Path file) {
    try {
      Files.writeString(file, page(a, year, rootOrg, Files.readAllBytes(chartPng)),
          StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static String page(Allocation a, int year, String rootOrg, byte[] png) {
    String title = year + "年度发展党员名额分配（草案）";
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(title)).append("</title><style>")
        .append("body{font-family:sans-serif;margin:2em;color:#212121}")
        .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;")
        .append("padding:4px 8px}th{background:#eef3f9}td.n{text-align:right}")
        .append(".warn{color:#c62828}.met{color:#2e7d32}.near{color:#efa200}.missed{color:#c62828}")
        .append("img{max-width:100%}</style></head><body>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n<p>党委：").append(esc(rootOrg))
        .append("。计划发展党员 <b>").append(a.total()).append("</b> 名");
    if (a.requested() != a.total()) {
      h.append("（原定").append(a.requested()).append("名）");
    }
    h.append("，各支部可发展人数合计").append(a.capacityTotal()).append("名。</p>\n<p>")
        .append(esc(a.explanation())).append("</p>\n");
    if (!a.warnings().isEmpty()) {
      h.append("<h2>提示</h2>\n<ul>");
      a.warnings().forEach(w -> h.append("<li class=\"warn\">").append(esc(w)).append("</li>"));
      h.append("</ul>\n");
    }
    branchTable(h, a);
    structureTable(h, a);
    h.append("<h2>分配名额与可发展人数</h2>\n<img alt=\"各支部分配名额与可发展人数\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
    h.append("<p>说明：可发展人数＝发展对象＋培养满一年的积极分子（默认截至当年6月30日）；正式党员不足3名的支部不分配名额；")
        .append("名额按可发展人数的比例以最大余数法分配。“需有积极分子”＝3×年底剩余的发展对象。</p>\n");
    return h.append("</body></html>\n").toString();
  }

  private static void branchTable(StringBuilder h, Allocation a) {
    h.append("<h2>各支部名额</h2>\n<table><tr>");
    AllocationXlsx.HEADER.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
    h.append("</tr>\n");
    int[] sums = new int[6];
    for (BranchQuota b : a.branches()) {
      int[] n = {b.fullMembers(), b.activists(), b.candidates(), b.capacity(), b.quota(),
          b.activistsNeeded()};
      h.append("<tr><td>").append(esc(b.code())).append("</td><td>").append(esc(b.name()))
          .append("</td>");
      for (int i = 0; i < n.length; i++) {
        sums[i] += n[i];
        h.append("<td class=\"n\">").append(n[i]).append("</td>");
      }
      h.append("<td>").append(esc(b.reason())).append("</td></tr>\n");
    }
    h.append("<tr><th colspan=\"2\">合计</th>");
    for (int s : sums) {
      h.append("<th>").append(s).append("</th>");
    }
    h.append("<th></th></tr></table>\n");
  }

  private static void structureTable(StringBuilder h, Allocation a) {
    h.append("<h2>预计新发展党员结构</h2>\n<p>假设各支部按名额发展最符合结构要求的人选：</p>\n")
        .append("<table><tr><th>结构</th><th>人数</th><th>占比</th><th>要求</th><th>状态</th></tr>\n");
    for (StructureShare s : a.structure()) {
      h.append("<tr><td>").append(esc(s.trait().label())).append("</td><td class=\"n\">")
          .append(s.count()).append("/").append(s.total()).append("</td><td class=\"n\">")
          .append(s.share() == null ? "—" : Warnings.percent(s.share())).append("</td><td>")
          .append(s.target() == null ? "无要求" : esc(Warnings.requirement(s.target())))
          .append("</td><td class=\"").append(s.status() == null ? "" : s.status()).append("\">")
          .append(s.status() == null ? "—" : TargetStatus.labelOf(s.status(), "—")).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
