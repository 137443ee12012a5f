package org.dangstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast cell writer writes a text's first cell, every number and every blank as POI's own writer
 * writes them, byte for byte; a short text's later cells name it in the shared strings, which hold
 * the texts that repeat, each once; long texts, and texts first seen once the table is full, go inline.
 */
class SheetXmlWriterTest {

  private static final String[] TEXTS = {"城桥街道党工委", "a<b>&\"c'", " leading", "trailing\t", "tab\there",
      "line\nbreak\r", "nbsp\u00A0x", "ctl\u0001\u001F", "non\uFFFE\uFFFFchar", "pair \uD83D\uDE00 ok",
      "lone \uD83D high", "lone \uDE00 low", "", "0.1+0.2", "=SUM(A1)", "x".repeat(32_767)};
  private static final double[] NUMBERS = {0, 1, -1, 0.5, 1e-7, 12345678901234.0, Double.MAX_VALUE, 0.1 + 0.2,
      -0.0, 2, 123, 9_999_999, -9_999_999, 1e7, -1e7, 1e6 + 0.5, Integer.MIN_VALUE, Integer.MAX_VALUE, Double.NaN};
  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private static final String STRINGS = "xl/sharedStrings.xml";

  @TempDir Path tmp;

  @Test
  void firstTextsNumbersBlanksAndStylesComeOutAsPoiWritesThem() throws IOException {
    Path fast = workbook(new StreamingWorkbook(new XSSFWorkbook(), 3), "fast.xlsx");
    Path poi = workbook(new SXSSFWorkbook(new XSSFWorkbook(), 3), "poi.xlsx");
    assertThat(entry(fast, SHEET)).isEqualTo(entry(poi, SHEET));
  }

  @Test
  void aRepeatedShortTextIsSharedFromItsSecondCellOn() throws IOException {
    Path file = tmp.resolve("repeated.xlsx");
    try (SXSSFWorkbook wb = new StreamingWorkbook(new XSSFWorkbook(), 3)) {
      Sheet sheet = wb.createSheet("指标");
      for (int r = 0; r < 3 * TEXTS.length; r++) {
        sheet.createRow(r).createCell(0).setCellValue(TEXTS[r % TEXTS.length]); // each text three times
      }
      Workbooks.save(wb, file);
    }
    int shortTexts = TEXTS.length - 1;
    assertThat(entry(file, SHEET).split("t=\"s\"", -1)).as("the second and third cells of each short text")
        .hasSize(2 * shortTexts + 1);
    assertThat(entry(file, STRINGS)).contains("count=\"" + 2 * shortTexts + "\"", "uniqueCount=\"" + shortTexts + "\"");
    try (var read = new XSSFWorkbook(file.toFile())) {
      for (int r = 0; r < 3 * TEXTS.length; r++) {
        assertThat(read.getSheetAt(0).getRow(r).getCell(0).getStringCellValue()).as("row " + r)
            .isEqualTo(poiReadsBack(TEXTS[r % TEXTS.length]));
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  @Test
  void longTextsAndTextsFirstSeenPastAFullTableGoInline() throws IOException {
    List<String> texts = new ArrayList<>(List.of("x".repeat(32_767), "城".repeat(SharedTexts.LONGEST + 1), "短"));
    for (int i = 0; i < SharedTexts.MOST + 2; i++) {
      texts.add("支部" + i); // the table is full at MOST texts remembered: "短" and these, but the last three
    }
    Path file = tmp.resolve("many.xlsx");
    try (SXSSFWorkbook wb = new StreamingWorkbook(new XSSFWorkbook(), 100)) {
      Sheet sheet = wb.createSheet("合规");
      for (int r = 0; r < 2 * texts.size(); r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(texts.get(r % texts.size())); // each text twice
        row.createCell(1).setCellValue("短");
      }
      Workbooks.save(wb, file);
    }
    String xml = entry(file, SHEET);
    int inline = 2 * 2 + 2 * 3 + SharedTexts.MOST - 1 + 1; // long, past the table, first cells, the first 短
    assertThat(xml.split("t=\"inlineStr\"", -1)).hasSize(inline + 1);
    assertThat(entry(file, STRINGS)).contains("count=\"" + (4 * texts.size() - inline) + "\"",
        "uniqueCount=\"" + SharedTexts.MOST + "\"");
    try (var read = new XSSFWorkbook(file.toFile())) {
      var sheet = read.getSheetAt(0);
      for (int r = 0; r < 2 * texts.size(); r++) {
        assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo(texts.get(r % texts.size()));
        assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("短");
      }
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  /** What a text reads back as from either form: XML cannot carry control characters, nor CR. */
  private String poiReadsBack(String text) throws IOException {
    Path file = tmp.resolve("once-" + Integer.toHexString(text.hashCode()) + ".xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 3)) {
      wb.createSheet("x").createRow(0).createCell(0).setCellValue(text);
      Workbooks.save(wb, file);
    }
    try (var read = new XSSFWorkbook(file.toFile())) {
      return read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue();
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  private Path workbook(SXSSFWorkbook wb, String name) throws IOException {
    try (wb) {
      var styled = wb.createCellStyle();
      styled.setWrapText(true);
      Sheet sheet = wb.createSheet("指标");
      int r = 0;
      for (String text : TEXTS) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(text);
        row.createCell(2).setCellStyle(styled); // a blank cell with a style, column B left out
        row.createCell(70).setCellValue("·" + text.substring(0, Math.min(text.length(), 32_766))); // past the letters made once; seen once too
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
      return file;
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
