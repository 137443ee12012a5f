package org.dangstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast cell writer writes the sheet XML POI's own writer writes, byte for byte. */
class SheetXmlWriterTest {

  private static final String[] TEXTS = {"城桥街道党工委", "a<b>&\"c'", " leading", "trailing\t", "tab\there",
      "line\nbreak\r", "nbsp\u00A0x", "ctl\u0001\u001F", "non\uFFFE\uFFFFchar", "pair \uD83D\uDE00 ok",
      "lone \uD83D high", "lone \uDE00 low", "", "0.1+0.2", "=SUM(A1)", "x".repeat(32_767)};
  private static final double[] NUMBERS = {0, 1, -1, 0.5, 1e-7, 12345678901234.0, Double.MAX_VALUE, 0.1 + 0.2,
      -0.0, 2, 123, 9_999_999, -9_999_999, 1e7, -1e7, 1e6 + 0.5, Integer.MIN_VALUE, Integer.MAX_VALUE, Double.NaN};

  @TempDir Path tmp;

  @Test
  void textsNumbersBlanksAndStylesComeOutAsPoiWritesThem() throws IOException {
    assertThat(sheetXml(fast(), "fast.xlsx")).isEqualTo(sheetXml(poi(), "poi.xlsx"));
  }

  private SXSSFWorkbook fast() {
    return new StreamingWorkbook(new XSSFWorkbook(), 3);
  }

  private SXSSFWorkbook poi() {
    return new SXSSFWorkbook(new XSSFWorkbook(), 3);
  }

  private String sheetXml(SXSSFWorkbook wb, String name) throws IOException {
    try (wb) {
      var styled = wb.createCellStyle();
      styled.setWrapText(true);
      Sheet sheet = wb.createSheet("指标");
      int r = 0;
      for (String text : TEXTS) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(text);
        row.createCell(2).setCellStyle(styled); // a blank cell with a style, column B left out
        row.createCell(70).setCellValue(text); // past the letters made once
      }
      for (double number : NUMBERS) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(number);
        var cell = row.createCell(1);
        cell.setCellValue(number);
        cell.setCellStyle(styled);
      }
      Row other = sheet.createRow(r + 2);
      other.createCell(0).setCellValue(true);
      other.createCell(1).setCellFormula("A1&\"<\"");
      Row far = sheet.createRow(1_048_575); // the last row a sheet has, seven digits
      far.createCell(63).setCellValue(7); // the last column made once
      far.createCell(64).setCellValue(7.5); // the first past them
      Path file = tmp.resolve(name);
      Workbooks.save(wb, file);
      return entry(file, "xl/worksheets/sheet1.xml");
    }
  }

  private static String entry(Path file, String name) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry e = zip.getEntry(name);
      assertThat(e).as(name + " in " + file).isNotNull();
      try (InputStream in = zip.getInputStream(e)) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
  }
}
