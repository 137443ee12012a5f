package org.dangstat.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every workbook prints through LibreOffice. The PDFs stay in target/excel-samples so a person can
 * look at them (pdftoppm -r 50 -png) before a release.
 */
class PrintPreviewTest {

  @Test
  void everyWorkbookConvertsToPdf() throws Exception {
    assumeTrue(Soffice.installed(), "LibreOffice (soffice) is not installed");
    Path dir = Files.createDirectories(Path.of("target", "excel-samples"));
    Path template = dir.resolve("XS-001_2026Q2.xlsx");
    TemplateWorkbook.write("XS-001", "城西村党支部", TemplateWorkbookTest.PERIOD, People.branch(), template);
    AnnotatedCopyTest clerk = new AnnotatedCopyTest();
    clerk.dir = dir;
    Path clerkFile = clerk.clerkFile();
    Path annotated = AnnotatedCopy.targetFor(clerkFile, dir);
    AnnotatedCopy.write(clerkFile, TemplateWorkbookTest.read(clerkFile).issues, annotated);
    Path indicators = dir.resolve("indicators.xlsx");
    IndicatorsWorkbook.write(IndicatorsWorkbookTest.indicators(), IndicatorsWorkbookTest.completeness(),
        IndicatorsWorkbookTest.compliance(), indicators);

    for (Path workbook : new Path[] {template, annotated, indicators}) {
      assertThat(Soffice.convert(workbook, "pdf", dir)).isNotEmptyFile();
    }
  }
}
