package org.dangstat.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Which branch gets which deliberate quirk, decided once from the seed: the two spoiled files, the
 * cross-branch transfer its old branch forgets to record, the procedure slips, the rare ways of
 * leaving, and the file styles the demo must show at least once (English keys, GB18030 with a
 * title row, XLSX with text dates). Needs 7 branches big enough to hide a mistake in; a smaller
 * township gets none of it.
 */
final class Deliberate {

  static final int NONE = -1;
  static final List<String> RARE_REASONS = List.of("开除党籍", "除名", "退党", "停止党籍");

  final int checksumBranch;
  final int numericBranch;
  final int transferFrom;
  final int transferTo;
  final LocalDate transferDate;
  private final int englishBranch;
  private final int gbTitleBranch;
  private final int xlsxTextBranch;
  private final List<Integer> slipBranches;
  private final List<Integer> rareBranches;
  private final boolean csvOnly;

  Deliberate(List<OrgUnit> branches, int year, boolean csvOnly, SplittableRandom r) {
    this.csvOnly = csvOnly;
    var roomy = new ArrayList<Integer>();
    for (int i = 0; i < branches.size(); i++) {
      if (branches.get(i).size() >= 15) {
        roomy.add(i);
      }
    }
    Collections.shuffle(roomy, new java.util.Random(r.nextLong()));
    boolean enough = roomy.size() >= 7;
    checksumBranch = enough ? roomy.get(0) : NONE;
    numericBranch = enough ? roomy.get(1) : NONE;
    transferFrom = enough ? Math.min(roomy.get(2), roomy.get(3)) : NONE;
    transferTo = enough ? Math.max(roomy.get(2), roomy.get(3)) : NONE;
    englishBranch = enough ? roomy.get(4) : NONE;
    gbTitleBranch = enough ? roomy.get(5) : NONE;
    xlsxTextBranch = enough ? roomy.get(6) : NONE;
    transferDate = LocalDate.of(year, 8, 3 + r.nextInt(25));
    slipBranches = enough ? new ArrayList<>(pick(roomy, 2, r)) : new ArrayList<>();
    if (enough) {
      slipBranches.add(largest(branches)); // an overdue probation needs a branch that admits people every year
    }
    rareBranches = enough ? pick(roomy, RARE_REASONS.size(), r) : List.of();
  }

  private static int largest(List<OrgUnit> branches) {
    int best = 0;
    for (int i = 1; i < branches.size(); i++) {
      best = branches.get(i).size() > branches.get(best).size() ? i : best;
    }
    return best;
  }

  private static List<Integer> pick(List<Integer> from, int count, SplittableRandom r) {
    var list = new ArrayList<Integer>();
    for (int k = 0; k < count; k++) {
      list.add(from.get(r.nextInt(from.size())));
    }
    return list;
  }

  FileStyle styleFor(int branch, SplittableRandom r) {
    FileStyle random = FileStyle.random(r, csvOnly);
    if (branch == checksumBranch) {
      return new FileStyle(FileStyle.Format.CSV_UTF8, false, false, random.dateStyle(), false);
    }
    if (branch == numericBranch && !csvOnly) {
      return FileStyle.xlsx(DateStyle.ISO, true);
    }
    if (branch == englishBranch) {
      return FileStyle.ENGLISH;
    }
    if (branch == gbTitleBranch) {
      return FileStyle.gb18030(true, DateStyle.CHINESE);
    }
    if (branch == xlsxTextBranch && !csvOnly) {
      return FileStyle.xlsx(DateStyle.CHINESE, false);
    }
    return random;
  }

  /** Whether the branch carries a rejected file or the cross-branch transfer (its files tell other stories). */
  boolean spoilsOrMoves(int branch) {
    return branch == checksumBranch || branch == numericBranch || branch == transferFrom || branch == transferTo;
  }

  /** Each slip goes to its own branch (or the same one, by chance); made once in the report year. */
  Set<Slip> slipsFor(int branch) {
    var slips = EnumSet.noneOf(Slip.class);
    for (int k = 0; k < slipBranches.size(); k++) {
      if (slipBranches.get(k) == branch) {
        slips.add(Slip.values()[k]);
      }
    }
    return slips;
  }

  List<BranchSimulation.RareLeave> rareLeavesFor(int branch) {
    var list = new ArrayList<BranchSimulation.RareLeave>();
    for (int k = 0; k < rareBranches.size(); k++) {
      if (rareBranches.get(k) == branch) {
        list.add(new BranchSimulation.RareLeave(RARE_REASONS.get(k), 2 + 2 * k));
      }
    }
    return list;
  }
}
