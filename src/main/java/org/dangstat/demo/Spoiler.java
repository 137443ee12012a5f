package org.dangstat.demo;

import java.util.List;
import java.util.function.Consumer;
import org.dangstat.core.Period;
import org.dangstat.intake.IdNumbers;

/**
 * The realistic clerk's mistakes that make a whole file rejected: in one branch's Q2 a mistyped
 * check digit and a 性别 that contradicts the ID; in another branch's Q3 (XLSX) an ID typed into a
 * number cell and 入党日期 before 发展对象日期. Only the copies in that file are touched.
 */
final class Spoiler {

  private Spoiler() {}

  static void spoil(Deliberate plan, int branch, Period period, String file, List<Person> rows,
      Consumer<DemoManifest.Mistake> mistakes) {
    if (branch == plan.checksumBranch && period.quarter() == 2 && period.year() == plan.transferDate.getYear()) {
      Person typo = nthFullMember(rows, 1);
      String original = typo.idNumber;
      char right = original.charAt(17);
      char wrong = right == 'X' ? '3' : right == '9' ? '0' : (char) (right + 1);
      typo.idNumber = original.substring(0, 17) + wrong;
      mistakes.accept(new DemoManifest.Mistake(file, "ID_CHECKSUM", IdNumbers.mask(original), "身份证号校验位录错"));
      Person sex = nthFullMember(rows, 4);
      sex.sex = sex.sex == 'M' ? 'F' : 'M';
      mistakes.accept(new DemoManifest.Mistake(file, "SEX_MISMATCH", IdNumbers.mask(sex.idNumber), "性别与身份证号不符"));
    }
    if (branch == plan.numericBranch && period.quarter() == 3 && period.year() == plan.transferDate.getYear()) {
      Person numeric = nthFullMember(rows, 2);
      numeric.idAsNumber = true;
      mistakes.accept(new DemoManifest.Mistake(file, "ID_NUMERIC", IdNumbers.mask(numeric.idNumber),
          "身份证号存为数字单元格（科学计数法），后几位丢失"));
      for (Person p : rows) {
        if (p.candidateOn != null && p.probationOn != null && p != numeric) {
          p.probationOn = p.candidateOn.minusDays(31);
          mistakes.accept(new DemoManifest.Mistake(file, "DATE_ORDER", IdNumbers.mask(p.idNumber),
              "入党日期早于发展对象日期"));
          break;
        }
      }
    }
  }

  private static Person nthFullMember(List<Person> rows, int n) {
    int seen = 0;
    for (Person p : rows) {
      if (p.fullOn != null && p.leftOn == null && !p.monthOnly && ++seen == n) {
        return p;
      }
    }
    throw new IllegalStateException("branch too small for a deliberate mistake");
  }
}
