package org.dangstat.excel;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.intake.PersonRow;

/** Types people into a template the way a clerk does: new rows below the header, the column's format. */
final class TemplateFiller {

  private TemplateFiller() {}

  static void fill(Path file, List<PersonRow> people) throws Exception {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(file)) {
      wb = new XSSFWorkbook(in);
    }
    try (wb) {
      XSSFSheet sheet = wb.getSheet("人员");
      XSSFRow header = sheet.getRow(TemplateWorkbook.HEADER_ROW);
      int r = sheet.getLastRowNum() + 1;
      for (PersonRow p : people) {
        PrefillRow values = new PrefillRow(p, ReferenceLists.INSTANCE);
        XSSFRow row = sheet.createRow(r++);
        for (int c = 0; c < header.getLastCellNum(); c++) {
          String key = ReferenceLists.INSTANCE.columns.get(c).key();
          Object v = values.value(key);
          if (v == null) {
            continue;
          }
          XSSFCell cell = row.createCell(c);
          cell.setCellStyle(sheet.getColumnStyle(c)); // what Excel does when typing into a formatted column
          if (v instanceof java.time.LocalDate d) {
            cell.setCellValue(d);
          } else if (v instanceof Double n) {
            cell.setCellValue(n); // a number typed into 服务积分 / 培训学时
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
  }
}
