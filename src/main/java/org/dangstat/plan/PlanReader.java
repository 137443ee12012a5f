package org.dangstat.plan;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangstat.core.SubQuotaKeys;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and checks a plan YAML (plan-format.md). Everything wrong fails at once with a
 * {@link PlanException} naming the line, before any work starts; only a quota sum that differs
 * from planned_new is a warning ({@link Plan#warnings()}).
 */
public final class PlanReader {

  /** In the order the error message lists them. */
  static final List<String> TOP_KEYS = List.of("year", "org", "planned_new", "tolerance", "deadline_days", "targets",
      "sub_quotas", "service_points_min", "branches", "branch_targets");
  /** The committee's default targets (plan format), the one source of them: drafts without a base plan, the demo. */
  static final String DEFAULTS = "/plan/default-targets.yml";

  private final NodeReader nodes;
  private final Set<String> indicatorKeys;
  private final Set<String> branchCodes;

  private PlanReader(String file, Set<String> indicatorKeys, Set<String> branchCodes) {
    this.nodes = new NodeReader(file);
    this.indicatorKeys = indicatorKeys;
    this.branchCodes = branchCodes;
  }

  /**
   * @param indicatorKeys the keys a target may name (the keys of reference/indicators.csv)
   * @param branchCodes the branches quotas and branch targets may name; null = not checked
   */
  public static Plan read(Path file, Set<String> indicatorKeys, Set<String> branchCodes) {
    var reader = new PlanReader(file.getFileName().toString(), indicatorKeys, branchCodes);
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return reader.plan(compose(in, reader.nodes));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read plan " + file, e);
    }
  }

  /**
   * The default plan shipped in {@value #DEFAULTS}: its tolerance, deadline and targets are what a
   * draft gets when there is no base plan, and what the demo township's plan starts from. Its year,
   * org and planned_new are placeholders.
   */
  public static Plan defaults(Set<String> indicatorKeys) {
    var in = PlanReader.class.getResourceAsStream(DEFAULTS);
    if (in == null) {
      throw new IllegalStateException(DEFAULTS + " missing from the classpath");
    }
    var reader = new PlanReader(DEFAULTS.substring(1), indicatorKeys, null);
    try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      return reader.plan(compose(r, reader.nodes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plan from text (the demo's template, tests), named {@code name} in messages. */
  public static Plan read(String name, String text, Set<String> indicatorKeys, Set<String> branchCodes) {
    var reader = new PlanReader(name, indicatorKeys, branchCodes);
    return reader.plan(compose(new java.io.StringReader(text), reader.nodes));
  }

  private static Node compose(Reader in, NodeReader nodes) {
    try {
      Node root = new Yaml(new LoaderOptions()).compose(in);
      if (root == null) {
        throw nodes.fail(1, "计划文件是空的", "EMPTY_PLAN");
      }
      return root;
    } catch (MarkedYAMLException e) {
      var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? 1 : mark.getLine() + 1;
      throw nodes.fail(line, "YAML格式错误：" + e.getProblem(), "YAML_SYNTAX");
    }
  }

  private Plan plan(Node root) {
    Map<String, Node> top = new LinkedHashMap<>();
    nodes.mapping(root, "计划").forEach((k, v) -> {
      if (!TOP_KEYS.contains(k.getValue())) {
        throw nodes.fail(k, "未知的项目“" + k.getValue() + "”，可用的项目为 " + String.join("、", TOP_KEYS),
            "UNKNOWN_KEY");
      }
      top.put(k.getValue(), v);
    });
    int year = nodes.integer(required(top, "year", root), "year");
    String org = nodes.text(required(top, "org", root), "org");
    int plannedNew = nodes.integer(required(top, "planned_new", root), "planned_new");
    double tolerance = top.containsKey("tolerance")
        ? nodes.number(top.get("tolerance"), "tolerance") : Plan.DEFAULT_TOLERANCE;
    int deadlineDays = top.containsKey("deadline_days")
        ? nodes.integer(top.get("deadline_days"), "deadline_days") : Plan.DEFAULT_DEADLINE_DAYS;
    Map<String, Target> targets = targets(top.get("targets"), "targets");
    Map<String, Integer> branches = new LinkedHashMap<>();
    nodes.mapping(top.get("branches"), "branches").forEach((k, v) ->
        branches.put(branch(k), nodes.integer(v, "branches." + k.getValue())));
    Map<String, Map<String, Target>> branchTargets = new LinkedHashMap<>();
    nodes.mapping(top.get("branch_targets"), "branch_targets").forEach((k, v) ->
        branchTargets.put(branch(k), targets(v, "branch_targets." + k.getValue())));
    Map<String, Integer> subQuotas = new LinkedHashMap<>();
    nodes.mapping(top.get("sub_quotas"), "sub_quotas").forEach((k, v) -> {
      String key = k.getValue().trim();
      if (!SubQuotaKeys.isKey(key)) {
        throw nodes.fail(k, "“" + key + "”不是工作岗位代码（" + String.join("、", SubQuotaKeys.occupations())
            + "）或组织类别（如 学校）", "UNKNOWN_SUB_QUOTA");
      }
      subQuotas.put(key, nodes.integer(v, "sub_quotas." + key));
    });
    Double servicePointsMin = top.containsKey("service_points_min") && !NodeReader.isNull(top.get("service_points_min"))
        ? nodes.number(top.get("service_points_min"), "service_points_min") : null;
    return Plan.of(year, org, plannedNew, tolerance, targets, branches, branchTargets, deadlineDays, subQuotas,
        servicePointsMin);
  }

  private Node required(Map<String, Node> top, String key, Node root) {
    Node n = top.get(key);
    if (n == null || NodeReader.isNull(n)) {
      int line = n == null ? NodeReader.line(root) : NodeReader.line(n);
      throw nodes.fail(line, "缺少必填项“" + key + "”", "MISSING_KEY");
    }
    return n;
  }

  private String branch(ScalarNode k) {
    String code = k.getValue().trim();
    if (branchCodes != null && !branchCodes.contains(code)) {
      throw nodes.fail(k, "支部代码“" + code + "”不在组织架构中", "UNKNOWN_BRANCH");
    }
    return code;
  }

  private Map<String, Target> targets(Node n, String what) {
    Map<String, Target> out = new LinkedHashMap<>();
    nodes.mapping(n, what).forEach((k, v) -> {
      String key = k.getValue().trim();
      // new_members_<key> of indicators.md (其中学生…) may carry a target of its own, like any indicator
      boolean subQuotaCount = key.startsWith(SubQuotaKeys.NEW_MEMBERS_PREFIX) && SubQuotaKeys.keyOf(key) != null;
      if (!indicatorKeys.contains(key) && !subQuotaCount) {
        throw nodes.fail(k, "未知的指标“" + key + "”", "UNKNOWN_INDICATOR");
      }
      out.put(key, target(v, key));
    });
    return out;
  }

  /**
   * {@code {min: 0.30}}: a map with exactly one of min / max / approx, or min and max together (a
   * range, {@code {min: 1, max: 2}}, min ≤ max). Values may be negative (比上年下降: {max: -0.228}).
   */
  private Target target(Node n, String key) {
    String rule = "指标“" + key + "”的目标应写成 {min: 数值}、{max: 数值}、{approx: 数值} 之一，"
        + "或 {min: 数值, max: 数值}（范围）";
    if (NodeReader.isNull(n) || !(n instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
      throw nodes.fail(n, rule, "BAD_TARGET");
    }
    var entries = nodes.mapping(n, key);
    Map<Target.Kind, Double> values = new LinkedHashMap<>();
    for (var e : entries.entrySet()) {
      Target.Kind kind;
      try {
        kind = Target.Kind.valueOf(e.getKey().getValue().trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException x) {
        throw nodes.fail(e.getKey(), rule, "BAD_TARGET");
      }
      if (kind == Target.Kind.RANGE) {
        throw nodes.fail(e.getKey(), rule, "BAD_TARGET");
      }
      values.put(kind, nodes.signed(e.getValue(), key + "." + kind.word()));
    }
    if (values.size() == 1) {
      var only = values.entrySet().iterator().next();
      return new Target(only.getKey(), only.getValue());
    }
    if (values.size() == 2 && values.containsKey(Target.Kind.MIN) && values.containsKey(Target.Kind.MAX)) {
      if (values.get(Target.Kind.MIN) > values.get(Target.Kind.MAX)) {
        throw nodes.fail(n, "指标“" + key + "”的范围下限大于上限", "BAD_RANGE");
      }
      return Target.range(values.get(Target.Kind.MIN), values.get(Target.Kind.MAX));
    }
    throw nodes.fail(n, rule, "BAD_TARGET");
  }
}
