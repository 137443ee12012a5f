package org.dangstat.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Chinese personal names and ethnicities, drawn from the lists under {@code /demo/}. */
final class PersonalNames {

  private final Weighted<String> surnames;
  private final String maleChars;
  private final String femaleChars;
  private final Weighted<String> minorities;

  private PersonalNames(Weighted<String> surnames, String maleChars, String femaleChars, Weighted<String> minorities) {
    this.surnames = surnames;
    this.maleChars = maleChars;
    this.femaleChars = femaleChars;
    this.minorities = minorities;
  }

  static PersonalNames load() {
    String male = "";
    String female = "";
    for (String[] r : DataFile.rows("given-names.csv")) {
      if (r[0].equals("M")) {
        male = r[1];
      } else {
        female = r[1];
      }
    }
    return new PersonalNames(weighted("surnames.csv"), male, female, weighted("ethnicities.csv"));
  }

  private static Weighted<String> weighted(String file) {
    var items = new ArrayList<String>();
    var rows = DataFile.rows(file);
    double[] w = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      items.add(rows.get(i)[0]);
      w[i] = Double.parseDouble(rows.get(i)[1]);
    }
    return new Weighted<>(items, w);
  }

  /** Surname plus one (a third of the time) or two characters fitting the sex. */
  String person(char sex, SplittableRandom random) {
    String chars = sex == 'M' ? maleChars : femaleChars;
    var name = new StringBuilder(surnames.pick(random));
    name.append(chars.charAt(random.nextInt(chars.length())));
    if (random.nextInt(3) != 0) {
      name.append(chars.charAt(random.nextInt(chars.length())));
    }
    return name.toString();
  }

  String ethnicity(double minorityShare, SplittableRandom random) {
    return random.nextDouble() < minorityShare ? minorities.pick(random) : "汉族";
  }

  /** PersonalNames of people outside the file (e.g. an introducer who has since moved away). */
  List<String> strangers(int count, SplittableRandom random) {
    var list = new ArrayList<String>(count);
    for (int i = 0; i < count; i++) {
      list.add(person(random.nextInt(3) == 0 ? 'F' : 'M', random));
    }
    return list;
  }
}
