package org.dangstat.plan;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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

  static final Set<String> TOP_KEYS =
      Set.of("year", "org", "planned_new", "tolerance", "deadline_days", "targets", "branches", "branch_targets");

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
        throw nodes.fail(k, "未知的项目“" + k.getValue() + "”，可用的项目为 " + String.join("、",
            "year", "org", "planned_new", "tolerance", "deadline_days", "targets", "branches", "branch_targets"),
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
    return Plan.of(year, org, plannedNew, tolerance, targets, branches, branchTargets, deadlineDays);
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
      if (!indicatorKeys.contains(key)) {
        throw nodes.fail(k, "未知的指标“" + key + "”", "UNKNOWN_INDICATOR");
      }
      out.put(key, target(v, key));
    });
    return out;
  }

  /** {@code {min: 0.30}}: a map with exactly one of min / max / approx. */
  private Target target(Node n, String key) {
    String rule = "指标“" + key + "”的目标应写成 {min: 数值}、{max: 数值} 或 {approx: 数值} 之一";
    if (NodeReader.isNull(n) || !(n instanceof org.yaml.snakeyaml.nodes.MappingNode)) {
      throw nodes.fail(n, rule, "BAD_TARGET");
    }
    var entries = nodes.mapping(n, key);
    if (entries.size() != 1) {
      throw nodes.fail(n, rule, "BAD_TARGET");
    }
    var e = entries.entrySet().iterator().next();
    Target.Kind kind;
    try {
      kind = Target.Kind.valueOf(e.getKey().getValue().trim().toUpperCase());
    } catch (IllegalArgumentException x) {
      throw nodes.fail(e.getKey(), rule, "BAD_TARGET");
    }
    return new Target(kind, nodes.number(e.getValue(), key + "." + kind.word()));
  }
}
