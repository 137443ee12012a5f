package org.dangstat.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dangstat.annual.AnnualReport;
import org.dangstat.charts.ChartFile;
import org.dangstat.compliance.Violation;
import tech.tablesaw.api.Table;

/**
 * What the steps of one execution of the analysis hand each other, as typed values: the
 * indicators step's {@link Figures}, the charts step's pictures. Job-scoped: every execution
 * (the demo runs two in one process, a restart is another) gets its own, and it is gone with it.
 */
class AnalysisRun {

  /**
   * The indicators step's results.
   *
   * @param words the findings and the branches that need attention, as sentences, made beside the charts
   * @param counted the one pass's counts (the stock charts read theirs), made while compliance was checked
   * @param developedInPeriod new members year to date in the period's snapshots, null if it has none
   * @param annual the year-end tables (党内统计年报) of a year's analysis, else null
   * @param annualFiles annual-report.csv and .xlsx, written beside the charts (null unless a year)
   * @param workbook indicators.xlsx, written beside the charts
   * @param files the CSV files (indicators, completeness, compliance, consistency), written beside the charts
   * @param consistency the cross-period findings of the period (consistency.csv)
   * @param yearChain a year's analysis: the findings of each of its quarters against the one before (else null)
   */
  record Figures(AnalysisRequest request, String root, Table indicators, IndicatorView view,
      List<Completeness.Row> completeness, List<Violation> compliance, CompletableFuture<Words> words,
      CompletableFuture<Cube.Counted> counted, Integer developedInPeriod, CompletableFuture<AnnualReport> annual,
      CompletableFuture<Path> annualFiles, CompletableFuture<Path> workbook, CompletableFuture<Path> files,
      List<org.dangstat.integrity.ConsistencyFinding> consistency,
      List<org.dangstat.integrity.ConsistencyFinding> yearChain) {}

  /** The report's sentences: the findings against the plan, and the branches that need attention. */
  record Words(List<String> findings, List<String> attention) {}

  private Figures figures;
  private List<ChartFile> charts;

  public Figures figures() {
    if (figures == null) {
      throw new IllegalStateException("the indicators step has not run in this execution");
    }
    return figures;
  }

  public void figures(Figures figures) {
    this.figures = figures;
  }

  public List<ChartFile> charts() {
    return charts == null ? List.of() : charts;
  }

  public void charts(List<ChartFile> charts) {
    this.charts = List.copyOf(charts);
  }
}
