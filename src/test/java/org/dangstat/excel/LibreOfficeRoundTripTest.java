package org.dangstat.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.intake.PersonRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template filled in and re-saved by LibreOffice (as a clerk without Excel does) still reads the same. */
class LibreOfficeRoundTripTest {

  @TempDir
  Path dir;

  @Test
  void filledTemplateResavedByLibreOfficeReadsTheSamePeople() throws Exception {
    assumeTrue(Soffice.installed(), "LibreOffice (soffice) is not installed");
    Path file = dir.resolve("XS-001_2026Q2.xlsx");
    List<PersonRow> prefill = People.branch().subList(0, 2);
    List<PersonRow> typed = People.branch().subList(2, 4);
    TemplateWorkbook.write("XS-001", "城西村党支部", TemplateWorkbookTest.PERIOD, prefill, file);
    TemplateFiller.fill(file, typed);
    Path out = Files.createDirectories(dir.resolve("resaved"));

    Path resaved = Soffice.convert(file, "xlsx", out);

    People.Sink sink = TemplateWorkbookTest.read(resaved);
    assertThat(sink.errors()).isEmpty();
    List<PersonRow> all = new ArrayList<>(prefill);
    all.addAll(typed);
    TemplateWorkbookTest.assertSamePeople(sink.rows, all);
  }
}
