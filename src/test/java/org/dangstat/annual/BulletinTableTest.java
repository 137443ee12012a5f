package org.dangstat.annual;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-2023 党内统计公报 at 1:1000 ({@link Bulletin2023}) loaded as 100 branch files and analysed
 * for 2023: 表2 gives back the printed counts.
 */
class BulletinTableTest {

  @TempDir Path tmp;

  @Test
  void table2GivesBackThePrintedCountsOfTheBulletin() throws Exception {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    Township township = new Township(tmp.resolve("inbox"));
    Bulletin2023.write(township);
    Files.writeString(tmp.resolve("plan.yml"), "year: 2023\norg: QG\nplanned_new: 2408\n");
    var consolidated = Cli.run("consolidate", "--inbox", township.inbox().toString(), "--db", db, "--data",
        data.toString(), "--quiet");
    assertThat(consolidated.exitCode()).isZero();
    assertThat(Cli.run("analyze", "--period", "2023", "--plan", tmp.resolve("plan.yml").toString(), "--out",
        tmp.resolve("out").toString(), "--db", db, "--data", data.toString(), "--quiet").exitCode()).isZero();
    Map<String, String> cells = AnnualReportJobTest.read(tmp.resolve("out/2023/annual-report.csv"));

    assertThat(t2(cells, "total", "total")).isEqualTo(Bulletin2023.MEMBERS);
    assertThat(t2(cells, "total", "female")).isEqualTo(Bulletin2023.FEMALE);
    assertThat(t2(cells, "total", "minority")).isEqualTo(Bulletin2023.MINORITY);
    assertThat(t2(cells, "total", "edu_postgraduate") + t2(cells, "total", "edu_bachelor")
        + t2(cells, "total", "edu_college")).isEqualTo(Bulletin2023.COLLEGE_PLUS);
    Bulletin2023.OCCUPATIONS.forEach((occupation, printed) ->
        assertThat(t2(cells, occupation, "total")).as(occupation).isEqualTo(printed));
    Bulletin2023.AGES.forEach((band, printed) -> {
      if (!band.equals("ge61")) {
        assertThat(t2(cells, "total", "age_" + band)).as(band).isEqualTo(printed);
      }
    });
    int ge61 = t2(cells, "total", "age_61_65") + t2(cells, "total", "age_66_70") + t2(cells, "total", "age_ge71");
    // printed 2787.2万; the printed groups add up to 0.1万 more than the printed total (rounding)
    assertThat(ge61).isEqualTo(Bulletin2023.PRINTED_GE61 - 1);
    // and the form's own checks hold on a population this size
    assertThat(Files.readString(tmp.resolve("out/2023/report.html"))).contains("各表核对全部通过");
  }

  private static int t2(Map<String, String> cells, String row, String column) {
    return Integer.parseInt(cells.get("t2|QG|" + row + "|" + column));
  }
}
