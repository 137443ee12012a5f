package org.dangstat.intake;

/**
 * What reading one file came to.
 *
 * @param encoding UTF-8, UTF-8-BOM, GB18030 or XLSX
 * @param rowsTotal data rows read (skipped blank and note rows not included)
 * @param rowsSkipped blank and note rows skipped
 */
public record ReadSummary(String encoding, int rowsTotal, int rowsSkipped, int errors, int warnings) {}
