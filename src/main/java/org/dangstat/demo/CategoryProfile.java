package org.dangstat.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Who the people of one branch category are (from {@code categories.csv}): a village branch is
 * older and mostly farmers with little schooling, a school branch is teachers with degrees.
 */
record CategoryProfile(
    String category,
    double branchWeight,
    double sizeWeight,
    double ageMean,
    double ageSd,
    double femaleShare,
    double minorityShare,
    Weighted<String> education,
    Weighted<String> occupation,
    double frontlineShare,
    String group,
    double monthOnlyShare) {

  static final List<String> EDUCATIONS = List.of("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下");
  static final List<String> OCCUPATIONS = List.of(
      "工人", "农牧渔民", "专业技术人员", "管理人员", "党政机关工作人员", "学生", "离退休人员", "其他职业人员");

  static List<CategoryProfile> load() {
    return DataFile.rows("categories.csv").stream()
        .map(r -> new CategoryProfile(
            r[0],
            Double.parseDouble(r[1]),
            Double.parseDouble(r[2]),
            Double.parseDouble(r[3]),
            Double.parseDouble(r[4]),
            Double.parseDouble(r[5]),
            Double.parseDouble(r[6]),
            new Weighted<>(EDUCATIONS, DataFile.weights(r[7])),
            new Weighted<>(OCCUPATIONS, DataFile.weights(r[8])),
            Double.parseDouble(r[9]),
            r[10],
            Double.parseDouble(r[11])))
        .toList();
  }

  /** Age of a settled member: normal around the category's mean, kept within 20..90. */
  int memberAge(SplittableRandom random) {
    return clamp((int) Math.round(ageMean + ageSd * gaussian(random)), 20, 90);
  }

  /** Age of someone starting the way in: young, whatever the branch. */
  int newcomerAge(SplittableRandom random) {
    return clamp((int) Math.round(Math.min(ageMean, 30) + 6 * gaussian(random)), 18, 50);
  }

  boolean twoNew() {
    return category.equals("非公企业") || category.equals("社会组织");
  }

  static double gaussian(SplittableRandom random) {
    // Sum of three uniforms scaled to sd 1: cheap, deterministic and bounded, good enough for ages.
    return 2 * (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5);
  }

  private static int clamp(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
