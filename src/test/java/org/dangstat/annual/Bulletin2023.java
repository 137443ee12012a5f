package org.dangstat.annual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dangstat.intake.IdNumbers;
import org.dangstat.support.Township;

/**
 * The party's members at the end of 2023 at 1:1000, from the 中国共产党党内统计公报 published by the
 * 中共中央组织部 on 30 June 2024 (人民日报, 1 July 2024, p. 4): 9918.5万 members, of them 女 3018.5万,
 * 少数民族 759.2万, 大专及以上学历 5578.6万; the eight age groups and the eight occupations as
 * printed, in 万 with one decimal, so one person here stands for 0.1万 (1,000) there.
 *
 * <p>What the bulletin does not print is an assumption of this fixture, not a figure: how 61岁及以上
 * splits into the form's 61–65 / 66–70 / 71岁及以上, how 大专及以上 splits into 研究生 / 本科 / 专科 and
 * the rest into 中专 / 高中 / 初中及以下, and how the attributes combine (students the youngest,
 * retirees the oldest, the rest drawn at random with a fixed seed). The printed age groups add up
 * to 9918.6万 against a total of 9918.5万 (each figure rounded to 0.1万), so the oldest group has
 * one person fewer here than printed, to keep the printed total and occupations exact.
 */
final class Bulletin2023 {

  static final LocalDate D = LocalDate.of(2023, 12, 31);
  static final int MEMBERS = 99_185;
  static final int FEMALE = 30_185;
  static final int MINORITY = 7_592;
  static final int COLLEGE_PLUS = 55_786;

  /** As printed (万 × 10): 30岁及以下 … 56至60岁, then 61岁及以上 (27,872 printed; see above). */
  static final Map<String, Integer> AGES = ordered("le30", 12_412, "31_35", 11_196, "36_40", 10_864,
      "41_45", 9_459, "46_50", 9_071, "51_55", 9_405, "56_60", 8_907, "ge61", 27_871);
  /** The printed total of 61岁及以上, for the test to say what it compares with. */
  static final int PRINTED_GE61 = 27_872;
  /** As printed; the keys are submission-format.md's occupation codes, the values the clerk's words. */
  static final Map<String, Integer> OCCUPATIONS = ordered("worker", 6_643, "farmer", 26_075,
      "professional", 16_190, "manager", 11_453, "official", 7_645, "student", 2_771, "other", 7_764,
      "retired", 20_644);
  static final Map<String, String> OCCUPATION_WORDS = Map.of("worker", "工人（工勤技能人员）", "farmer", "农牧渔民",
      "professional", "企事业单位、社会组织专业技术人员", "manager", "企事业单位、社会组织管理人员",
      "official", "党政机关工作人员", "student", "学生", "other", "其他职业人员", "retired", "离退休人员");

  /** Assumed split of 61岁及以上 into ages 61–65, 66–70, 71–90 (not printed). */
  private static final int[] OLD_SPLIT = {9_000, 8_000, 10_871};
  /** Assumed split of 大专及以上 (研究生, 大学本科, 大学专科) and of the rest (中专, 高中, 初中及以下). */
  private static final Map<String, Integer> EDUCATION = ordered("研究生", 4_500, "大学本科", 27_000,
      "大学专科", 24_286, "中专", 9_000, "高中", 13_000, "初中及以下", 21_399);
  private static final int BRANCHES = 100;

  private Bulletin2023() {}

  /** Writes orgunits.csv and 100 branch files of 2023Q4 into the township's inbox. */
  static void write(Township township) throws IOException {
    List<String> units = new ArrayList<>(List.of("组织代码,组织名称,上级代码,组织层级,组织类别", "QG,全国（千分之一）,,党委,"));
    for (int b = 1; b <= BRANCHES; b++) {
      units.add(String.format("QG-%03d,第%d党支部,QG,党支部,其他", b, b));
    }
    township.write("orgunits.csv", StandardCharsets.UTF_8, units);
    Random random = new Random(2023);
    List<Integer> ages = ages(random);
    Collections.sort(ages); // youngest first: students take the youngest, retirees the oldest
    List<String> occupations = occupations(random);
    List<String> sexes = spread(random, Map.of("女", FEMALE, "男", MEMBERS - FEMALE));
    List<String> ethnicities = spread(random, Map.of("壮族", MINORITY, "汉族", MEMBERS - MINORITY));
    List<String> educations = spread(random, EDUCATION);
    Map<String, Integer> used = new HashMap<>();
    List<List<String>> files = new ArrayList<>();
    for (int b = 0; b < BRANCHES; b++) {
      files.add(new ArrayList<>());
    }
    for (int i = 0; i < MEMBERS; i++) {
      boolean female = sexes.get(i).equals("女");
      LocalDate birth = D.minusYears(ages.get(i)).minusDays(random.nextInt(365));
      String id = id(birth, female, used);
      files.get(i % BRANCHES).add(member(id, sexes.get(i), ethnicities.get(i), educations.get(i),
          OCCUPATION_WORDS.get(occupations.get(i)), birth));
    }
    for (int b = 0; b < BRANCHES; b++) {
      township.branchFile(String.format("QG-%03d_2023Q4.csv", b + 1), files.get(b));
    }
  }

  /** Full years at D, band by band; the form's three old bands split 61岁及以上. */
  private static List<Integer> ages(Random random) {
    List<Integer> out = new ArrayList<>();
    int[][] bands = {{22, 30}, {31, 35}, {36, 40}, {41, 45}, {46, 50}, {51, 55}, {56, 60}};
    int i = 0;
    for (var e : AGES.entrySet()) {
      if (e.getKey().equals("ge61")) {
        int[][] old = {{61, 65}, {66, 70}, {71, 90}};
        for (int k = 0; k < old.length; k++) {
          band(out, random, old[k], OLD_SPLIT[k]);
        }
      } else {
        band(out, random, bands[i++], e.getValue());
      }
    }
    return out;
  }

  private static void band(List<Integer> out, Random random, int[] range, int n) {
    for (int k = 0; k < n; k++) {
      out.add(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
  }

  /** Students first (the youngest), retirees last (the oldest), every other occupation shuffled between. */
  private static List<String> occupations(Random random) {
    List<String> middle = new ArrayList<>();
    OCCUPATIONS.forEach((k, n) -> {
      if (!k.equals("student") && !k.equals("retired")) {
        middle.addAll(Collections.nCopies(n, k));
      }
    });
    Collections.shuffle(middle, random);
    List<String> out = new ArrayList<>(Collections.nCopies(OCCUPATIONS.get("student"), "student"));
    out.addAll(middle);
    out.addAll(Collections.nCopies(OCCUPATIONS.get("retired"), "retired"));
    return out;
  }

  private static List<String> spread(Random random, Map<String, Integer> counts) {
    List<String> out = new ArrayList<>();
    counts.forEach((k, n) -> out.addAll(Collections.nCopies(n, k)));
    Collections.shuffle(out, random);
    return out;
  }

  /** A valid ID number for the birth date and sex, unique in the fixture. */
  private static String id(LocalDate birth, boolean female, Map<String, Integer> used) {
    String key = birth + (female ? "F" : "M");
    int n = used.merge(key, 1, Integer::sum);
    int sequence = 2 * n - (female ? 0 : 1); // odd = 男
    String id = Township.id(birth.toString().replace("-", ""), sequence);
    if (IdNumbers.sex(id) != (female ? 'F' : 'M')) {
      throw new IllegalStateException(id);
    }
    return id;
  }

  /** A full member admitted at about 20 with every step of the 2014 细则 (so no date is month-only). */
  private static String member(String id, String sex, String ethnicity, String education, String occupation,
      LocalDate birth) {
    LocalDate applied = birth.plusYears(18).plusMonths(1);
    LocalDate activist = applied.plusMonths(6);
    LocalDate candidate = activist.plusYears(1).plusDays(1);
    LocalDate probation = candidate.plusMonths(3);
    LocalDate full = probation.plusYears(1);
    String fullOn = full.isAfter(D) ? "" : full.toString();
    return String.join(",", id, "党员", sex, ethnicity, education, occupation, "否", applied.toString(),
        activist.toString(), candidate.toString(), "", "甲、乙", "甲、乙", probation.toString(), fullOn, "", "", "", "");
  }

  private static <V> Map<String, V> ordered(Object... kv) {
    Map<String, V> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      @SuppressWarnings("unchecked") V v = (V) kv[i + 1];
      out.put((String) kv[i], v);
    }
    return out;
  }
}
