package org.dangstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;
import static org.dangstat.support.Township.newMember;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangstat.support.Cli;
import org.dangstat.support.TestDatabase;
import org.dangstat.support.Township;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** consolidate --json and analyze --json: one JSON object, the same figures as the printed summary. */
class JsonSummaryTest {

  @TempDir Path tmp;

  static final String A = id("19700101", 11);
  static final String B = id("19800202", 22);
  static final String BAD = A.substring(0, 17) + (A.charAt(17) == '1' ? '2' : '1');

  @Test
  void consolidateAndAnalyzeWriteTheirSummariesAsJson() throws Exception {
    String db = TestDatabase.fresh();
    var t = new Township(tmp.resolve("inbox")).orgUnits()
        .branchFile("TS-001_2026Q1.csv", List.of(member(BAD, "王一"), member(B, "李二"), member(B, "李二x")))
        .branchFile("TS-002_2026Q1.csv", List.of(member(B, "李二"), newMember(A, "王一")))
        .branchFile("README.txt", List.of());
    Path json = tmp.resolve("monitor/consolidate.json");

    var run = Cli.run("consolidate", "--inbox", t.inbox().toString(), "--db", db, "--data", tmp.resolve("data").toString(),
        "--returns", tmp.resolve("returns").toString(), "--json", json.toString());

    assertThat(run.exitCode()).isZero();
    JsonNode summary = new ObjectMapper().readTree(json.toFile());
    assertThat(summary.get("command").asText()).isEqualTo("consolidate");
    assertThat(summary.get("exit_code").asInt()).isZero();
    assertThat(summary.get("completed").asBoolean()).isTrue();
    Map<String, String> printed = Map.of("accepted", "接收 accepted", "rejected", "退回 rejected",
        "unchanged", "未变 unchanged", "ignored", "忽略 ignored", "rows_read", "读取行 rows read",
        "rows_loaded", "入库行 rows loaded", "errors", "错误 errors", "warnings", "警告 warnings",
        "conflicts", "跨支部冲突 conflicts");
    printed.forEach((key, label) -> assertThat(summary.get("counts").get(key).asLong()).as(key)
        .isEqualTo(printedCount(run.out(), label)));
    assertThat(summary.get("counts").get("rejected").asInt()).isEqualTo(1);
    JsonNode rejected = summary.get("rejected_files").get(0);
    assertThat(rejected.get("file").asText()).isEqualTo("TS-001_2026Q1.csv");
    assertThat(rejected.get("branch").asText()).isEqualTo("TS-001");
    assertThat(rejected.get("codes").get("ID_CHECKSUM").asInt()).isEqualTo(1);
    assertThat(Path.of(rejected.get("report").asText())).exists()
        .isEqualTo(tmp.resolve("returns/TS-001/TS-001_2026Q1.csv.errors.csv"));
    assertThat(summary.get("seconds").asDouble()).isPositive();
    assertThat(summary.get("started_at").asText()).isNotBlank();

    Path analysisJson = tmp.resolve("monitor/analyze.json");
    Files.writeString(tmp.resolve("plan.yml"), "year: 2026\norg: TS\nplanned_new: 2\ntargets:\n"
        + "  new_female_share: {min: 0.30}\nbranches:\n  TS-001: 1\n  TS-002: 1\n");
    var analyze = Cli.run("analyze", "--period", "2026Q1", "--plan", tmp.resolve("plan.yml").toString(), "--db", db, "--data", tmp.resolve("data").toString(),
        "--out", tmp.resolve("out").toString(), "--json", analysisJson.toString());

    assertThat(analyze.exitCode()).isZero();
    JsonNode analysis = new ObjectMapper().readTree(analysisJson.toFile());
    assertThat(analysis.get("completed").asBoolean()).isTrue();
    assertThat(analysis.get("period").asText()).isEqualTo("2026Q1");
    assertThat(analysis.get("counts").get("branches").asInt()).isEqualTo(3);
    assertThat(analysis.get("counts").get("branches_missing").asInt()).isEqualTo(2); // TS-001 rejected, TS-003 silent
    assertThat(analyze.out()).contains("注意：2 个党支部");
    assertThat(Path.of(analysis.get("report").asText())).exists();
    assertThat(analysis.get("outputs")).anySatisfy(p -> assertThat(p.asText()).endsWith("indicators.xlsx"));
  }

  @Test
  void aCommandThatStopsEarlyStillSaysSoInItsJson() throws Exception {
    Path json = tmp.resolve("consolidate.json");
    var run = Cli.run("consolidate", "--inbox", tmp.resolve("nope").toString(), "--json", json.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    JsonNode summary = new ObjectMapper().readTree(json.toFile());
    assertThat(summary.get("exit_code").asInt()).isEqualTo(2);
    assertThat(summary.get("completed").asBoolean()).isFalse();
    assertThat(summary.get("failure").asText()).contains("INBOX_MISSING");
  }

  private static long printedCount(String out, String label) {
    Matcher m = Pattern.compile(Pattern.quote(label) + "\\s+([\\d,]+)").matcher(out);
    assertThat(m.find()).as(label).isTrue();
    return Long.parseLong(m.group(1).replace(",", ""));
  }
}
