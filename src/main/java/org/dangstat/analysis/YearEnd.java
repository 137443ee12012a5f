package org.dangstat.analysis;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dangstat.annual.AnnualFiles;
import org.dangstat.annual.AnnualLayout;
import org.dangstat.annual.AnnualReport;
import org.dangstat.annual.AnnualRepository;
import org.dangstat.annual.Grid;
import org.dangstat.annual.OrgUnit;
import org.dangstat.core.Period;
import tech.tablesaw.api.Table;

/**
 * The year-end tables in the analysis of a year: PostgreSQL's pass for 表2–表5 runs beside the
 * indicators' (two cores, two queries), the tables are put together once the indicators (表1)
 * are known, and their files are written while the charts are drawn.
 */
final class YearEnd {

  private YearEnd() {}

  static CompletableFuture<Map<String, Grid>> countInBackground(AnnualRepository repository, Period period,
      org.dangstat.warehouse.SnapshotsInEffect snapshots) {
    return Background.start("annual", () -> repository.branchCells(period, AnnualLayout.standard(), snapshots));
  }

  static AnnualReport tables(Period period, AnalysisRepository repository,
      CompletableFuture<Map<String, Grid>> counting, Table indicators) {
    var units = repository.orgUnits().stream()
        .map(u -> new OrgUnit(u.code(), u.name(), u.parentCode(), u.level(), u.twoNew())).toList();
    return AnnualReport.compute(period, units, counting.join(), indicators, AnnualLayout.standard());
  }

  static Path write(AnnualReport report, Path dir) {
    AnnualFiles.write(report, dir);
    return dir.resolve(AnnualFiles.XLSX);
  }
}
