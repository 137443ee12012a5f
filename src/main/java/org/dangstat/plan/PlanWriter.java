package org.dangstat.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dangstat.core.SubQuotaKeys;

/**
 * Writes a plan in the format of plan-format.md, with Chinese comments so the people who edit
 * the draft know what each line means. Written by hand rather than by snakeyaml's dumper: the
 * dumper cannot write comments, and the flow style {@code {min: 0.30}} is what people expect.
 * {@code PlanReader.read(PlanWriter.write(p))} equals {@code p}.
 */
public final class PlanWriter {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]*");
  private static final Set<String> YAML_WORDS =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");
  private static final Map<Target.Kind, String> WORDS = Map.of(Target.Kind.MIN, "不低于", Target.Kind.MAX, "不超过",
      Target.Kind.APPROX, "左右", Target.Kind.RANGE, "在范围内");

  private PlanWriter() {}

  public static void write(Plan plan, Path file) {
    write(plan, Map.of(), file);
  }

  /** The same, with a comment after some branches' quota line (the draft's 其中… split). */
  public static void write(Plan plan, Map<String, String> branchNotes, Path file) {
    try {
      Files.writeString(file, text(plan, branchNotes), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write plan " + file, e);
    }
  }

  /** The YAML text of the plan. */
  public static String text(Plan plan) {
    return text(plan, Map.of());
  }

  /** The YAML text, with {@code branchNotes} (code → Chinese) as comments on the quota lines. */
  public static String text(Plan plan, Map<String, String> branchNotes) {
    Map<String, String> labels = labels();
    StringBuilder y = new StringBuilder();
    y.append("# ").append(plan.year()).append("年度发展党员计划\n");
    line(y, "year: " + plan.year(), "计划年度");
    line(y, "org: " + scalar(plan.org()), "本计划所属的党委（根组织代码）");
    line(y, "planned_new: " + plan.plannedNew(), "计划发展党员（合计）");
    line(y, "tolerance: " + BigDecimal.valueOf(plan.tolerance()).toPlainString(),
        "“左右”类目标的允许偏差（占比）");
    line(y, "deadline_days: " + plan.deadlineDays(), "报送时限：季度结束后N天内报送为按时");
    line(y, "targets:" + (plan.targets().isEmpty() ? " {}" : ""), "发展党员结构要求");
    targets(y, "  ", plan.targets(), labels);
    if (!plan.subQuotas().isEmpty()) {
      line(y, "sub_quotas:", "其中…（按工作岗位或组织类别的计划数）");
      plan.subQuotas().forEach((key, n) -> line(y, "  " + scalar(key) + ": " + n,
          "其中" + SubQuotaKeys.subject(key) + n + "名"));
    }
    if (plan.servicePointsMin() != null) {
      line(y, "service_points_min: " + BigDecimal.valueOf(plan.servicePointsMin()).stripTrailingZeros().toPlainString(),
          "服务积分制：积分未达到此标准的积极分子不得确定为发展对象");
    }
    line(y, "branches:" + (plan.branches().isEmpty() ? " {}" : ""), "各支部名额分配");
    plan.branches().forEach((code, n) -> {
      String quota = "  " + scalar(code) + ": " + n;
      String note = branchNotes.get(code);
      if (note == null) {
        y.append(quota).append('\n');
      } else {
        line(y, quota, note);
      }
    });
    if (!plan.branchTargets().isEmpty()) {
      line(y, "branch_targets:", "支部层面的要求");
      plan.branchTargets().forEach((code, t) -> {
        y.append("  ").append(scalar(code)).append(":").append(t.isEmpty() ? " {}" : "")
            .append('\n');
        targets(y, "    ", t, labels);
      });
    }
    return y.toString();
  }

  private static void targets(StringBuilder y, String indent, Map<String, Target> targets,
      Map<String, String> labels) {
    Map<String, String> units = units();
    targets.forEach((key, t) -> line(y, indent + key + ": " + t.yaml(),
        label(labels, key) + " " + (units.containsKey(key) ? t.chinese(units.get(key)) : WORDS.get(t.kind()))));
  }

  private static String label(Map<String, String> labels, String key) {
    String sub = SubQuotaKeys.keyOf(key);
    return sub != null ? "其中" + SubQuotaKeys.subject(sub) + "发展党员数" : labels.getOrDefault(key, key);
  }

  private static void line(StringBuilder y, String yaml, String comment) {
    y.append(yaml).append(" ".repeat(Math.max(1, 44 - yaml.length())))
        .append("# ").append(comment).append('\n');
  }

  /** Codes are written plain when YAML would read them back as the same text, else quoted. */
  static String scalar(String s) {
    if (PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase())) {
      return s;
    }
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static Map<String, String> labels() {
    return column(1);
  }

  /** The unit of each indicator (%, :1, 名, 比上年), so a comment says the target as a committee does. */
  private static Map<String, String> units() {
    Map<String, String> units = column(3);
    SubQuotaKeys.all().forEach(k -> units.put(SubQuotaKeys.NEW_MEMBERS_PREFIX + k, "名"));
    return units;
  }

  private static Map<String, String> column(int index) {
    Map<String, String> out = new HashMap<>();
    var in = PlanWriter.class.getResourceAsStream("/reference/indicators.csv");
    if (in == null) {
      return out;
    }
    try (var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().skip(1).map(l -> l.split(",", -1)).filter(c -> c.length > index)
          .forEach(c -> out.put(c[0], c[index]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
