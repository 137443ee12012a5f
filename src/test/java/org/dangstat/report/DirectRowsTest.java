package org.dangstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table sheet's rows written straight into the sheet's XML make the same workbook, byte for byte
 * in every part, as the same rows made as POI's rows and cells; and they are written so (POI holds
 * none of them).
 */
class DirectRowsTest {

  private static final String[] TEXTS = {"城桥街道党工委", "a<b>&\"c'", " leading", "trailing\t", "line\nbreak\r",
      "ctl\u0001", "pair \uD83D\uDE00 ok", "", null, "0.1+0.2", "=SUM(A1)", "x".repeat(200), "城桥街道党工委"};
  private static final Double[] NUMBERS = {0.0, 1.0, -1.0, 0.5, 1e-7, 12345678901234.0, null, -0.0, 9_999_999.0,
      1e7, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
  private static final int COLUMNS = 70; // past the 64 columns whose markup is made once

  @TempDir Path tmp;

  @Test
  void makeTheWorkbookPoiMakesOfTheSameRows() throws IOException {
    Path direct = tmp.resolve("direct.xlsx");
    Path cells = tmp.resolve("cells.xlsx");
    List<Integer> madeByPoi = new ArrayList<>();

    write(new XSSFWorkbook(), true, direct, madeByPoi);
    write(new XSSFWorkbook(), false, cells, madeByPoi);

    assertThat(madeByPoi).as("rows POI made: the title and header alone when the rows go straight, else every one")
        .containsExactly(2, 2, 42, 16);
    try (var a = new ZipFile(direct.toFile()); var b = new ZipFile(cells.toFile())) {
      List<String> names = a.stream().map(e -> e.getName()).toList();
      assertThat(names).isEqualTo(b.stream().map(e -> e.getName()).toList())
          .contains("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml");
      for (String name : names) {
        if (name.equals("docProps/core.xml")) {
          continue; // the time each was made, to the second
        }
        assertThat(a.getInputStream(a.getEntry(name)).readAllBytes()).as(name)
            .isEqualTo(b.getInputStream(b.getEntry(name)).readAllBytes());
      }
    }
    try (var read = new XSSFWorkbook(direct.toFile())) {
      var sheet = read.getSheet("指标");
      assertThat(sheet.getLastRowNum()).isEqualTo(SheetWriter.HEADER_ROW + 40);
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("城桥街道党工委");
      assertThat(sheet.getRow(SheetWriter.HEADER_ROW + 40).getLastCellNum()).isEqualTo((short) COLUMNS);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  private static void write(XSSFWorkbook base, boolean direct, Path file, List<Integer> madeByPoi) throws IOException {
    try (base; StreamingWorkbook wb = new StreamingWorkbook(base, 5)) {
      if (!direct) {
        wb.withoutDirectRows();
      }
      Styles styles = new Styles(base);
      String[] header = new String[COLUMNS];
      for (int c = 0; c < COLUMNS; c++) {
        header[c] = "列" + c;
      }
      SheetWriter wide = new SheetWriter(wb, styles, "指标", "2025 党员队伍结构指标", header);
      SheetWriter narrow = new SheetWriter(wb, styles, "合规", "合规检查", "支部", "数值");
      int n = 0;
      for (int r = 0; r < 40; r++) {
        wide.newRow();
        for (int c = 0; c < COLUMNS; c++, n++) {
          switch (n % 4) {
            case 0 -> wide.text(TEXTS[n % TEXTS.length]);
            case 1 -> wide.text(TEXTS[n % TEXTS.length], "FFC7CE");
            case 2 -> wide.number(NUMBERS[n % NUMBERS.length], "0");
            default -> wide.number(NUMBERS[n % NUMBERS.length], "0.0%");
          }
        }
        if (r % 3 == 0) { // the two sheets' rows interleaved, as one writer's rows never are with another's
          narrow.newRow();
          narrow.text(TEXTS[r % TEXTS.length]);
          narrow.number((double) r, "0");
        }
      }
      wide.finish(3);
      narrow.finish(1);
      madeByPoi.add(wb.getSheet("指标").getPhysicalNumberOfRows());
      madeByPoi.add(wb.getSheet("合规").getPhysicalNumberOfRows());
      Workbooks.save(wb, file);
    }
  }
}
