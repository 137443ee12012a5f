package org.dangstat.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dangstat.charts.ChartFile;
import org.dangstat.compliance.Violation;
import org.springframework.stereotype.Component;
import tech.tablesaw.api.Table;

/**
 * What the steps of one analysis hand each other. One job per process, so a singleton; every
 * step that reads it runs after the step that fills it, and a restart re-runs them all.
 */
@Component
class AnalysisState {
  AnalysisRequest request;
  String root;
  Table indicators;
  IndicatorView view;
  List<Completeness.Row> completeness;
  List<Violation> compliance;
  List<String> findings;
  List<String> attention;
  List<ChartFile> charts;
  /** The members' stock cube, counted by PostgreSQL while the indicators are computed. */
  CompletableFuture<List<Map<String, Object>>> stockCube;
  /** New members year to date in the period's snapshots (all branches), null if it has none. */
  Integer developedInPeriod;
  /** The year-end tables (党内统计年报) of a year's analysis, else null. */
  org.dangstat.annual.AnnualReport annual;
  /** annual-report.csv and .xlsx, written beside the charts (null unless a year). */
  CompletableFuture<Path> annualFiles;
  /** indicators.xlsx, written beside the charts. */
  CompletableFuture<Path> workbook;
}
