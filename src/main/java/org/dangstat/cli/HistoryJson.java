package org.dangstat.cli;

import java.util.List;
import java.util.function.Function;
import org.dangstat.integrity.History;
import org.dangstat.integrity.PeriodLocks;

/** {@code history --json}: one object {runs, files, locks}, times in UTC ISO-8601. */
final class HistoryJson {

  private HistoryJson() {}

  static String of(List<History.Run> runs, List<History.FileReceived> files, List<PeriodLocks.Event> locks) {
    StringBuilder j = new StringBuilder("{\"runs\":");
    array(j, runs, r -> "{\"execution\":" + r.execution() + ",\"job\":" + str(r.job()) + ",\"started\":"
        + str(History.iso(r.started())) + ",\"ended\":" + str(History.iso(r.ended())) + ",\"status\":"
        + str(r.status()) + ",\"exit_code\":" + str(r.exitCode()) + ",\"parameters\":" + str(r.parameters()) + "}");
    j.append(",\"files\":");
    array(j, files, f -> "{\"period\":" + str(f.period()) + ",\"branch\":" + str(f.branchCode()) + ",\"file\":"
        + str(f.fileName()) + ",\"status\":" + str(f.status()) + ",\"received_at\":" + str(History.iso(f.receivedAt()))
        + ",\"rows\":" + f.rows() + ",\"errors\":" + f.errors() + ",\"warnings\":" + f.warnings() + "}");
    j.append(",\"locks\":");
    array(j, locks, l -> "{\"period\":" + str(l.period()) + ",\"action\":" + str(l.action()) + ",\"at\":"
        + str(History.iso(l.at())) + ",\"os_user\":" + str(l.osUser()) + ",\"reason\":" + str(l.reason()) + "}");
    return j.append('}').toString();
  }

  private static <T> void array(StringBuilder j, List<T> items, Function<T, String> item) {
    j.append('[');
    for (int i = 0; i < items.size(); i++) {
      j.append(i == 0 ? "" : ",").append(item.apply(items.get(i)));
    }
    j.append(']');
  }

  static String str(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
