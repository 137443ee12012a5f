package org.dangstat.analysis;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangstat.core.Period;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.excel.IndicatorsWorkbook;
import org.dangstat.integrity.Timeliness;
import org.dangstat.plan.Plan;
import org.dangstat.report.CsvFile;

/** Per branch: accepted / rejected / missing for the period, and whether on time (completeness.csv). */
final class Completeness {

  record Row(String orgCode, String orgName, String parentCode, String status, String file, String receivedAt,
      Integer rows, Integer errors, Integer warnings, String onTime) {

    boolean late() {
      return Timeliness.NO.equals(onTime);
    }
  }

  private Completeness() {}

  static List<Row> of(AnalysisRepository repository, Period period, Timeliness timeliness, Plan plan) {
    var files = repository.latestFiles(period);
    Map<String, String> status = new java.util.HashMap<>();
    files.forEach((branch, f) -> status.put(branch, f.getStatus()));
    Map<String, String> onTime = timeliness.onTime(repository.snapshots(), period, plan, status);
    List<Row> rows = new ArrayList<>();
    for (var unit : repository.orgUnits()) {
      if (!"branch".equals(unit.level())) {
        continue;
      }
      var f = files.get(unit.code());
      if (f == null) {
        rows.add(new Row(unit.code(), unit.name(), unit.parentCode(), SubmissionStatus.MISSING.code(), "", "", null, null,
            null, ""));
      } else {
        rows.add(new Row(unit.code(), unit.name(), unit.parentCode(), f.getStatus(), f.getFileName(),
            f.getReceivedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), f.getRowsTotal(), f.getErrors(),
            f.getWarnings(), onTime.getOrDefault(unit.code(), "")));
      }
    }
    return rows;
  }

  /** The rows as the workbook's 报送情况 sheet takes them. */
  static List<IndicatorsWorkbook.Submission> submissions(List<Row> rows) {
    return rows.stream().map(r -> new IndicatorsWorkbook.Submission(r.orgCode(), r.orgName(), r.status(), r.file(),
        r.receivedAt(), r.rows(), r.errors(), r.warnings())).toList();
  }

  static void write(List<Row> rows, Path file) {
    try (CsvFile csv = CsvFile.create(file, "org_code", "org_name", "status", "file", "received_at", "rows",
        "errors", "warnings", "on_time")) {
      for (Row r : rows) {
        csv.row(r.orgCode(), r.orgName(), r.status(), r.file(), r.receivedAt(), r.rows(), r.errors(), r.warnings(),
            r.onTime());
      }
    }
  }
}
