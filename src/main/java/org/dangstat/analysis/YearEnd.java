package org.dangstat.analysis;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.dangstat.annual.AnnualCsv;
import org.dangstat.annual.AnnualFiles;
import org.dangstat.annual.AnnualLayout;
import org.dangstat.annual.AnnualReport;
import org.dangstat.annual.AnnualWorkbook;
import org.dangstat.annual.OrgUnit;
import org.dangstat.core.Period;
import tech.tablesaw.api.Table;

/**
 * The year-end tables in the analysis of a year: 表2–表5 are counted in the analysis's one pass
 * over the people ({@link PeriodCells}), the tables are put together once the indicators (表1) are
 * known, and their files are written while the charts are drawn.
 */
final class YearEnd {

  private YearEnd() {}

  static AnnualReport tables(Period period, AnalysisRepository repository,
      CompletableFuture<Cube.Counted> counting, Table indicators) {
    var units = repository.orgUnits().stream()
        .map(u -> new OrgUnit(u.code(), u.name(), u.parentCode(), u.level(), u.twoNew())).toList();
    var counted = counting.join();
    return AnnualReport.compute(period, units, counted.cells().annual(counted.result()), indicators,
        AnnualLayout.standard());
  }

  static Path write(AnnualReport report, Path dir) {
    Timing.time("annual-csv", () -> AnnualCsv.write(report, dir.resolve(AnnualFiles.CSV)));
    return Timing.time("annual-xlsx", () -> AnnualWorkbook.write(report, dir.resolve(AnnualFiles.XLSX)));
  }
}
