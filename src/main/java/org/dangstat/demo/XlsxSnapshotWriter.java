package org.dangstat.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX as a clerk lays it out in Excel or WPS: sheet 人员, a merged title row, the header, the
 * data (身份证号 as text; dates as date cells or typed text), and a 填表说明 note row below.
 * Streams through SXSSF; the created date is fixed so that the same seed gives the same content.
 */
final class XlsxSnapshotWriter implements SnapshotWriter {

  static final String NOTE = "填表说明：1. 身份证号列请设置为文本格式；2. 日期请按“2023-05-12”等格式填写；"
      + "3. 本年度离开本支部的人员请保留并填写离开日期和离开原因。";
  private static final Date FIXED_CREATED = Date.from(LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));

  private final Path file;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final SXSSFSheet sheet;
  private final CellStyle textStyle;
  private final CellStyle dateStyle;
  private final int width;
  private int nextRow;

  XlsxSnapshotWriter(Path file, FileStyle style, String title) {
    this.file = file;
    var props = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    props.setCreated(Optional.of(FIXED_CREATED));
    props.setCreator("城桥街道党工委");
    sheet = workbook.createSheet("人员");
    var format = workbook.createDataFormat();
    textStyle = workbook.createCellStyle();
    textStyle.setDataFormat(format.getFormat("@"));
    dateStyle = workbook.createCellStyle();
    dateStyle.setDataFormat(format.getFormat(style.dateStyle().excelFormat()));
    List<String> header = Columns.header(style);
    width = header.size();
    var bold = workbook.createFont();
    bold.setBold(true);
    var titleStyle = workbook.createCellStyle();
    titleStyle.setFont(bold);
    Row titleRow = sheet.createRow(nextRow++);
    titleRow.createCell(0).setCellValue(title);
    titleRow.getCell(0).setCellStyle(titleStyle);
    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
    Row headerRow = sheet.createRow(nextRow++);
    for (int i = 0; i < width; i++) {
      headerRow.createCell(i).setCellValue(header.get(i));
      sheet.setColumnWidth(i, (i == 0 ? 22 : 12) * 256);
    }
  }

  @Override
  public void row(Object[] values) {
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof LocalDate d) {
        var cell = row.createCell(i);
        cell.setCellValue(d);
        cell.setCellStyle(dateStyle);
      } else if (!"".equals(v)) {
        var cell = row.createCell(i);
        cell.setCellValue((String) v);
        if (i == 0) {
          cell.setCellStyle(textStyle);
        }
      }
    }
  }

  /** The deliberate mistake: the ID typed into a General cell, which Excel turns into a number. */
  void numericId(String idNumber) {
    sheet.getRow(nextRow - 1).getCell(0).setCellValue(Double.parseDouble(idNumber.replace('X', '0')));
    sheet.getRow(nextRow - 1).getCell(0).setCellStyle(workbook.getCellStyleAt(0));
  }

  @Override
  public void close() throws IOException {
    nextRow++; // a blank row before the note, as clerks leave it
    sheet.createRow(nextRow).createCell(0).setCellValue(NOTE);
    try (OutputStream out = Files.newOutputStream(file)) {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
