package org.dangstat.plan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads values out of snakeyaml nodes, failing with the node's line. We work on nodes (not on
 * the Maps snakeyaml would build) because only nodes keep their position in the file.
 */
final class NodeReader {

  private final String file;

  NodeReader(String file) {
    this.file = file;
  }

  PlanException fail(Node at, String message, String code) {
    return fail(line(at), message, code);
  }

  PlanException fail(int line, String message, String code) {
    return new PlanException(file, line, message, code);
  }

  static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  static boolean isNull(Node n) {
    return n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()) || s.getValue().isEmpty());
  }

  /** Key node → value node in file order; a null value ({@code targets:}) is an empty map. */
  Map<ScalarNode, Node> mapping(Node n, String what) {
    Map<ScalarNode, Node> out = new LinkedHashMap<>();
    if (n == null || isNull(n)) {
      return out;
    }
    if (!(n instanceof MappingNode m)) {
      throw fail(n, "“" + what + "”应为键值对（映射）", "NOT_A_MAP");
    }
    Set<String> seen = new HashSet<>();
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        throw fail(t.getKeyNode(), "“" + what + "”中的键应为简单文字", "BAD_KEY");
      }
      if (!seen.add(k.getValue())) {
        throw fail(k, "键“" + k.getValue() + "”重复出现", "DUPLICATE_KEY");
      }
      out.put(k, t.getValueNode());
    }
    return out;
  }

  String text(Node n, String what) {
    if (!(n instanceof ScalarNode s) || isNull(n)) {
      throw fail(n, "“" + what + "”应为文字", "NOT_A_TEXT");
    }
    return s.getValue().trim();
  }

  /** A non-negative number (int or decimal). */
  double number(Node n, String what) {
    double d = signed(n, what);
    if (d < 0) {
      throw fail(n, "“" + what + "”不能为负数：" + shown(n), "NEGATIVE_NUMBER");
    }
    return d;
  }

  /** A finite number, negative allowed (a target such as 比上年下降22.8%: {max: -0.228}). */
  double signed(Node n, String what) {
    if (n instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
      double d;
      try {
        d = Double.parseDouble(s.getValue().replace("_", ""));
      } catch (NumberFormatException e) {
        throw fail(n, "“" + what + "”应为数字，而不是“" + s.getValue() + "”", "NOT_A_NUMBER");
      }
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw fail(n, "“" + what + "”应为数字，而不是“" + s.getValue() + "”", "NOT_A_NUMBER");
      }
      return d;
    }
    throw fail(n, "“" + what + "”应为数字，而不是“" + shown(n) + "”", "NOT_A_NUMBER");
  }

  /** A non-negative whole number (year, planned_new, quotas). */
  int integer(Node n, String what) {
    double d = number(n, what);
    if (!(n instanceof ScalarNode s && Tag.INT.equals(s.getTag())) || d > Integer.MAX_VALUE) {
      throw fail(n, "“" + what + "”应为整数，而不是“" + shown(n) + "”", "NOT_AN_INTEGER");
    }
    return (int) d;
  }

  private static String shown(Node n) {
    return n instanceof ScalarNode s ? s.getValue() : n.getNodeId().name();
  }
}
