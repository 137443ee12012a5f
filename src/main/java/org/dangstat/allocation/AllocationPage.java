package org.dangstat.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.dangstat.core.TargetStatus;
import org.dangstat.report.HtmlPage;

/**
 * {@code allocation.html}: one self-contained Chinese page (chart embedded as base64 PNG) a
 * committee member opens offline: the total and its derivation, the warnings, the table with
 * reasons, the expected structure against the targets, the chart. The markup is
 * {@code templates/allocation.mustache}; this class only gathers what it shows.
 */
final class AllocationPage {

  record Branch(String code, String name, List<Integer> numbers, String reason) {}

  record Structure(String label, String count, String share, String requirement, String status, String statusLabel) {}

  /** One sub-quota: its sentence and one line per branch that takes part of it. */
  record SubQuota(String explanation, List<SubQuotaBranch> branches) {}

  record SubQuotaBranch(String code, String name, int capacity, int seats) {}

  record Model(String title, String rootOrg, int total, boolean changed, int requested, int capacityTotal,
      String explanation, List<String> warnings, boolean anyWarnings, List<String> header, List<Branch> branches,
      List<Integer> sums, List<Structure> structure, String png, List<SubQuota> subQuotas, boolean anySubQuotas) {}

  private AllocationPage() {}

  static Path write(Allocation a, int year, String rootOrg, Path chartPng, Path file) {
    try {
      return HtmlPage.write("allocation", model(a, year, rootOrg, Files.readAllBytes(chartPng)), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + chartPng, e);
    }
  }

  static Model model(Allocation a, int year, String rootOrg, byte[] png) {
    List<Branch> branches = new ArrayList<>();
    int[] sums = new int[6];
    for (BranchQuota b : a.branches()) {
      int[] n = {b.fullMembers(), b.activists(), b.candidates(), b.capacity(), b.quota(), b.activistsNeeded()};
      for (int i = 0; i < n.length; i++) {
        sums[i] += n[i];
      }
      branches.add(new Branch(b.code(), b.name(), Arrays.stream(n).boxed().toList(), b.reason()));
    }
    List<Structure> structure = a.structure().stream().map(s -> new Structure(s.trait().label(),
        s.count() + "/" + s.total(), s.share() == null ? "—" : Warnings.percent(s.share()),
        s.target() == null ? "无要求" : Warnings.requirement(s.target()), s.status() == null ? "" : s.status(),
        TargetStatus.labelOf(s.status(), "—"))).toList();
    return new Model(year + "年度发展党员名额分配（草案）", rootOrg, a.total(), a.requested() != a.total(), a.requested(),
        a.capacityTotal(), a.explanation(), a.warnings(), !a.warnings().isEmpty(), AllocationXlsx.HEADER, branches,
        Arrays.stream(sums).boxed().toList(), structure, Base64.getEncoder().encodeToString(png), subQuotas(a),
        !a.subQuotas().isEmpty());
  }

  private static List<SubQuota> subQuotas(Allocation a) {
    return a.subQuotas().stream().map(s -> new SubQuota(s.explanation(), a.branches().stream()
        .filter(b -> s.capacity().containsKey(b.code()))
        .map(b -> new SubQuotaBranch(b.code(), b.name(), s.capacity().get(b.code()), s.of(b.code()))).toList()))
        .toList();
  }
}
