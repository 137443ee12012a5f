package org.dangstat.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dangstat.core.MeasureKeys;

/**
 * Which counts make each indicator (indicators.md). A count indicator is its own numerator; every
 * other one is numerator / denominator, both counts, so roll-ups add counts and never average
 * rates. Count names are those of {@link Measures} plus the derived ones of {@link Counts}.
 */
final class Formulas {

  record Formula(String numerator, String denominator) {
    boolean isCount() {
      return denominator == null;
    }
  }

  private static final Map<String, Formula> RATIOS = new LinkedHashMap<>();

  static {
    share("female_share", MeasureKeys.FEMALE, MeasureKeys.MEMBERS_TOTAL);
    share("minority_share", MeasureKeys.MINORITY, MeasureKeys.MEMBERS_TOTAL);
    share("under35_share", MeasureKeys.UNDER35, MeasureKeys.MEMBERS_TOTAL);
    share("college_plus_share", MeasureKeys.COLLEGE_PLUS, MeasureKeys.MEMBERS_TOTAL);
    share("highschool_plus_share", MeasureKeys.HIGHSCHOOL_PLUS, MeasureKeys.MEMBERS_TOTAL);
    share("frontline_share", MeasureKeys.FRONTLINE, MeasureKeys.MEMBERS_TOTAL);
    share("two_new_share", Counts.TWO_NEW_MEMBERS, MeasureKeys.MEMBERS_TOTAL);
    share("new_female_share", MeasureKeys.NEW_FEMALE, MeasureKeys.NEW_MEMBERS);
    share("new_under35_share", MeasureKeys.NEW_UNDER35, MeasureKeys.NEW_MEMBERS);
    share("new_highschool_plus_share", MeasureKeys.NEW_HIGHSCHOOL_PLUS, MeasureKeys.NEW_MEMBERS);
    share("new_college_plus_share", MeasureKeys.NEW_COLLEGE_PLUS, MeasureKeys.NEW_MEMBERS);
    share("new_frontline_share", MeasureKeys.NEW_FRONTLINE, MeasureKeys.NEW_MEMBERS);
    share("new_two_new_share", Counts.NEW_TWO_NEW, MeasureKeys.NEW_MEMBERS);
    share("new_student_share", MeasureKeys.NEW_STUDENT, MeasureKeys.NEW_MEMBERS);
    share("net_growth_rate", Counts.NET_GROWTH, Counts.MEMBERS_START);
    share("activist_candidate_ratio", MeasureKeys.ACTIVISTS, MeasureKeys.CANDIDATES);
    share("youth_recommend_coverage", MeasureKeys.YOUTH_RECOMMENDED, MeasureKeys.YOUTH_ACTIVISTS);
    share("quota_completion", MeasureKeys.NEW_MEMBERS, Counts.QUOTA);
    share("new_members_change_rate", Counts.NEW_MEMBERS_CHANGE, MeasureKeys.NEW_MEMBERS_PREVIOUS_YEAR);
    share("member_share_of_students", Counts.STUDENT_MEMBERS_COUNTED, Counts.STUDENT_POPULATION);
    share("member_share_of_staff", Counts.STAFF_MEMBERS_COUNTED, Counts.STAFF_POPULATION);
  }

  private Formulas() {}

  private static void share(String key, String numerator, String denominator) {
    RATIOS.put(key, new Formula(numerator, denominator));
  }

  /** The formula of an indicator key; keys not listed as ratios are counts of the same name. */
  static Formula of(String key) {
    return RATIOS.getOrDefault(key, new Formula(key, null));
  }
}
