package org.dangstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On bad input every command says what is wrong for people: no record dump, no stack trace. */
class NoRawOutputTest {

  /** {@code Mistake[file=…}: what a Java record's toString looks like. */
  static final Pattern RECORD = Pattern.compile("\\b[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*=");
  static final Pattern STACK = Pattern.compile("\\tat [a-z]|Exception:|Exception\\b(?!（)|Caused by");

  @TempDir Path tmp;

  @Test
  void badInputIsSaidInChineseWithACodeAndNothingRaw() throws Exception {
    String db = TestDatabase.fresh();
    Path data = tmp.resolve("data");
    var t = new Township(tmp.resolve("inbox")).orgUnits()
        .branchFile("TS-001_2026Q1.csv", List.of(member(id("19700101", 11).substring(0, 17) + "0", "王一"), "x,y"))
        .branchFile("TS-002_2026Q1.csv", List.of("a,b,c"));
    Files.write(t.inbox().resolve("TS-003_2026Q1.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    Files.writeString(tmp.resolve("bad-plan.yml"), "year: [");

    List<String[]> commands = List.of(
        new String[] {"consolidate", "--inbox", t.inbox().toString(), "--db", db, "--data", data.toString(),
            "--returns", tmp.resolve("returns").toString()},
        new String[] {"consolidate", "--inbox", tmp.resolve("nope").toString()},
        new String[] {"consolidate", "--inbox", t.inbox().toString(), "--min-age", "-5"},
        new String[] {"consolidate", "--inbox", t.inbox().toString(), "--db", "jdbc:postgresql://127.0.0.1:1/x",
            "--data", tmp.resolve("d2").toString()},
        new String[] {"consolidate", "--no-such-option"},
        new String[] {"analyze", "--period", "2026Q5", "--db", db, "--data", data.toString()},
        new String[] {"analyze", "--period", "2026", "--plan", tmp.resolve("bad-plan.yml").toString(), "--db", db,
            "--data", data.toString(), "--out", tmp.resolve("out").toString()},
        new String[] {"analyze", "--period", "2026", "--plan", tmp.resolve("missing.yml").toString(), "--db", db,
            "--data", data.toString()},
        new String[] {"allocate", "--year", "abc"},
        new String[] {"template", "--all", "--period", "later"},
        new String[] {"check", t.inbox().toString(), "--out", tmp.resolve("checked").toString()},
        new String[] {"check", tmp.resolve("missing.csv").toString()},
        new String[] {"bogus"});
    for (String[] args : commands) {
      var r = Cli.run(args);
      String all = r.out() + r.err();
      assertThat(all).as(String.join(" ", args)).doesNotContainPattern(RECORD).doesNotContainPattern(STACK);
      if (r.exitCode() != 0) {
        // a failure names its English code in capitals, next to the Chinese
        assertThat(all).as(String.join(" ", args)).containsPattern("[\\u4e00-\\u9fff]").containsPattern("[A-Z_]{6,}");
      }
    }
  }

  @Test
  void theDemoManifestReadsLikeTheRest() {
    var manifest = new org.dangstat.demo.DemoManifest(Path.of("inbox"), 1, 2026, 3, List.of("a.csv"), List.of("说明.txt"),
        java.util.Map.of(), 10, 40, 41, List.of(new org.dangstat.demo.DemoManifest.Mistake("CQ-001_2026Q4.csv",
            "ID_CHECKSUM", "330106********123X", "身份证号校验位错误")), List.of(), List.of(), List.of());
    assertThat(manifest.summary()).doesNotContainPattern(RECORD).contains("CQ-001_2026Q4.csv", "ID_CHECKSUM", "说明.txt");
  }
}
