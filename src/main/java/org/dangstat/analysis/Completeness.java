package org.dangstat.analysis;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dangstat.core.Period;
import org.dangstat.core.SubmissionStatus;
import org.dangstat.warehouse.AnalysisRepository;

/** Per branch: accepted / rejected / missing for the period (completeness.csv). */
final class Completeness {

  record Row(String orgCode, String orgName, String parentCode, String status, String file, String receivedAt,
      Integer rows, Integer errors, Integer warnings) {}

  private Completeness() {}

  static List<Row> of(AnalysisRepository repository, Period period) {
    var files = repository.latestFiles(period);
    List<Row> rows = new ArrayList<>();
    for (var unit : repository.orgUnits()) {
      if (!"branch".equals(unit.level())) {
        continue;
      }
      var f = files.get(unit.code());
      if (f == null) {
        rows.add(new Row(unit.code(), unit.name(), unit.parentCode(), SubmissionStatus.MISSING.code(), "", "", null, null, null));
      } else {
        rows.add(new Row(unit.code(), unit.name(), unit.parentCode(), f.getStatus(), f.getFileName(),
            f.getReceivedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), f.getRowsTotal(), f.getErrors(),
            f.getWarnings()));
      }
    }
    return rows;
  }

  static void write(List<Row> rows, Path file) {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
      w.write('\uFEFF');
      csv.printRecord("org_code", "org_name", "status", "file", "received_at", "rows", "errors", "warnings");
      for (Row r : rows) {
        csv.printRecord(r.orgCode(), r.orgName(), r.status(), r.file(), r.receivedAt(), blank(r.rows()),
            blank(r.errors()), blank(r.warnings()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object blank(Integer n) {
    return n == null ? "" : n;
  }
}
