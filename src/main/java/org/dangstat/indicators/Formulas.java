package org.dangstat.indicators;

import java.util.LinkedHashMap;
import java.util.Map;

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
    share("female_share", Measures.FEMALE, Measures.MEMBERS_TOTAL);
    share("minority_share", Measures.MINORITY, Measures.MEMBERS_TOTAL);
    share("under35_share", Measures.UNDER35, Measures.MEMBERS_TOTAL);
    share("college_plus_share", Measures.COLLEGE_PLUS, Measures.MEMBERS_TOTAL);
    share("highschool_plus_share", Measures.HIGHSCHOOL_PLUS, Measures.MEMBERS_TOTAL);
    share("frontline_share", Measures.FRONTLINE, Measures.MEMBERS_TOTAL);
    share("two_new_share", Counts.TWO_NEW_MEMBERS, Measures.MEMBERS_TOTAL);
    share("new_female_share", Measures.NEW_FEMALE, Measures.NEW_MEMBERS);
    share("new_under35_share", Measures.NEW_UNDER35, Measures.NEW_MEMBERS);
    share("new_highschool_plus_share", Measures.NEW_HIGHSCHOOL_PLUS, Measures.NEW_MEMBERS);
    share("new_college_plus_share", Measures.NEW_COLLEGE_PLUS, Measures.NEW_MEMBERS);
    share("new_frontline_share", Measures.NEW_FRONTLINE, Measures.NEW_MEMBERS);
    share("new_two_new_share", Counts.NEW_TWO_NEW, Measures.NEW_MEMBERS);
    share("new_student_share", Measures.NEW_STUDENT, Measures.NEW_MEMBERS);
    share("net_growth_rate", Counts.NET_GROWTH, Counts.MEMBERS_START);
    share("activist_candidate_ratio", Measures.ACTIVISTS, Measures.CANDIDATES);
    share("youth_recommend_coverage", Measures.YOUTH_RECOMMENDED, Measures.YOUTH_ACTIVISTS);
    share("quota_completion", Measures.NEW_MEMBERS, Counts.QUOTA);
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
