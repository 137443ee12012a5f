package org.dangstat.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The township's organisation tree: the 党工委 {@code CQ}, one 党总支 per category group in use
 * ({@code CQ-Z1}…), and the branches {@code CQ-001}… in category order, each category getting
 * branches in proportion to its weight (at least one when there is room) and people in
 * proportion to its size weight. 机关 and 国有企业 branches sit directly under the 党工委.
 */
final class OrgTreePlan {

  static final String ROOT_CODE = "CQ";
  static final String ROOT_NAME = "城桥街道党工委";

  private OrgTreePlan() {}

  static List<OrgUnit> build(List<CategoryProfile> profiles, int branches, int people, SplittableRandom r) {
    int[] counts = branchCounts(profiles, branches);
    var units = new ArrayList<OrgUnit>();
    units.add(new OrgUnit(ROOT_CODE, ROOT_NAME, "", OrgUnit.ROOT_LEVEL, null, 0));
    Map<String, String> generalByGroup = generalBranches(profiles, counts, units);
    Map<String, List<String>> unitNames = unitNames();
    var draft = new ArrayList<Object[]>();
    double weightSum = 0;
    for (int c = 0; c < profiles.size(); c++) {
      CategoryProfile profile = profiles.get(c);
      List<String> names = unitNames.getOrDefault(profile.category(), List.of(profile.category() + "单位"));
      for (int k = 0; k < counts[c]; k++) {
        double weight = profile.sizeWeight() * (0.6 + 0.8 * r.nextDouble());
        weightSum += weight;
        draft.add(new Object[] {profile, branchName(names, k), weight});
      }
    }
    for (int i = 0; i < draft.size(); i++) {
      var profile = (CategoryProfile) draft.get(i)[0];
      int size = Math.max(8, (int) Math.round(people * (double) draft.get(i)[2] / weightSum));
      String parent = generalByGroup.getOrDefault(profile.group(), ROOT_CODE);
      String code = ROOT_CODE + "-" + "0".repeat(Math.max(0, 3 - String.valueOf(i + 1).length())) + (i + 1);
      units.add(new OrgUnit(code, (String) draft.get(i)[1], parent, OrgUnit.BRANCH_LEVEL, profile, size));
    }
    return units;
  }

  /** Largest-remainder shares of {@code branches}, with every category present when possible. */
  static int[] branchCounts(List<CategoryProfile> profiles, int branches) {
    int[] counts = new int[profiles.size()];
    double total = profiles.stream().mapToDouble(CategoryProfile::branchWeight).sum();
    boolean everyCategory = branches >= profiles.size();
    int given = 0;
    for (int c = 0; c < counts.length; c++) {
      counts[c] = Math.max(everyCategory ? 1 : 0, (int) (branches * profiles.get(c).branchWeight() / total));
      given += counts[c];
    }
    for (int c = 0; given < branches; c = (c + 1) % counts.length, given++) {
      counts[c]++;
    }
    for (int c = counts.length - 1; given > branches; c = (c + counts.length - 1) % counts.length) {
      if (counts[c] > 1) {
        counts[c]--;
        given--;
      }
    }
    return counts;
  }

  private static Map<String, String> generalBranches(List<CategoryProfile> profiles, int[] counts, List<OrgUnit> units) {
    var used = new HashMap<String, Boolean>();
    for (int c = 0; c < profiles.size(); c++) {
      if (counts[c] > 0 && !profiles.get(c).group().isEmpty()) {
        used.put(profiles.get(c).group(), true);
      }
    }
    var codes = new LinkedHashMap<String, String>();
    for (String[] row : DataFile.rows("general-branches.csv")) {
      if (used.containsKey(row[0])) {
        String code = ROOT_CODE + "-Z" + (codes.size() + 1);
        codes.put(row[0], code);
        units.add(new OrgUnit(code, row[1], ROOT_CODE, OrgUnit.GENERAL_LEVEL, null, 0));
      }
    }
    return codes;
  }

  private static Map<String, List<String>> unitNames() {
    var names = new LinkedHashMap<String, List<String>>();
    for (String[] row : DataFile.rows("branch-names.csv")) {
      names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    return names;
  }

  /** 和平村党支部; past the list: 和平村第二党支部, 东升村第二党支部 … */
  private static String branchName(List<String> units, int k) {
    String unit = units.get(k % units.size());
    int round = k / units.size();
    return round == 0 ? unit + "党支部" : unit + "第" + ChineseNumerals.of(round + 1) + "党支部";
  }
}
