package org.dangstat.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dangstat.annual.AnnualReport;
import org.dangstat.compliance.ComplianceCsv;
import org.dangstat.compliance.Violation;
import org.dangstat.excel.IndicatorsWorkbook;
import org.dangstat.indicators.Findings;
import org.dangstat.indicators.IndicatorCsv;
import org.dangstat.integrity.ConsistencyCsv;
import org.dangstat.integrity.ConsistencyFinding;
import tech.tablesaw.api.Table;

/**
 * What the indicators step writes once the indicators are known, each part on its own thread while
 * the charts are drawn (the report step waits for them): the committee's workbook first, the longest
 * of them; the four CSV files; for a year the 年报's tables and files; and the report's sentences.
 * All are made from the same results, so the files never disagree.
 *
 * @param annual null unless the analysis of a year, and so is {@code annualFiles}
 */
record Outputs(CompletableFuture<Path> workbook, CompletableFuture<Path> files, CompletableFuture<AnnualReport> annual,
    CompletableFuture<Path> annualFiles, CompletableFuture<AnalysisRun.Words> words) {

  static Outputs start(AnalysisRequest request, AnalysisRepository repository, CompletableFuture<Cube.Counted> counting,
      Table indicators, List<Completeness.Row> completeness, List<Violation> findings,
      List<ConsistencyFinding> crossPeriod, String root) {
    Path dir = request.outDir();
    var workbook = Background.start("workbook", () -> {
      IndicatorsWorkbook.write(indicators, Completeness.submissions(completeness), findings,
          dir.resolve("indicators.xlsx"));
      return dir.resolve("indicators.xlsx");
    });
    var files = Background.start("csv", () -> {
      IndicatorCsv.write(indicators, dir.resolve("indicators.csv"));
      Completeness.write(completeness, dir.resolve("completeness.csv"));
      ComplianceCsv.write(findings, dir.resolve("compliance.csv"));
      ConsistencyCsv.write(crossPeriod, dir.resolve("consistency.csv"));
      return dir;
    });
    var annual = request.yearReport()
        ? Background.start("annual-tables", () -> YearEnd.tables(request.period(), repository, counting, indicators))
        : null;
    var annualFiles = annual == null ? null : annual.thenApply(tables -> YearEnd.write(tables, dir));
    var words = Background.start("findings", () -> new AnalysisRun.Words(
        Findings.of(indicators, request.plan(), root), Findings.attention(indicators)));
    return new Outputs(workbook, files, annual, annualFiles, words);
  }
}
