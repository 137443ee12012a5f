package org.dangstat.excel;

import java.util.HashMap;
import java.util.Map;

/**
 * The statuses of indicators.csv and completeness.csv in Chinese with their colours
 * (excel/statuses.csv): met 达标 green, near 接近 amber, missed 未达标 red, over 计划外发展 purple.
 */
final class StatusLabels {

  static final StatusLabels INSTANCE = new StatusLabels();

  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> colours = new HashMap<>();

  private StatusLabels() {
    for (Map<String, String> r : CsvResource.resource("/excel/statuses.csv")) {
      labels.put(r.get("status"), r.get("label"));
      colours.put(r.get("status"), r.get("rgb"));
    }
  }

  /** The Chinese label; an unknown status as written, blank as blank. */
  String label(String status) {
    return status == null ? "" : labels.getOrDefault(status, status);
  }

  /** The fill colour (6 hex digits), or null for no fill. */
  String colour(String status) {
    return status == null ? null : colours.get(status);
  }
}
