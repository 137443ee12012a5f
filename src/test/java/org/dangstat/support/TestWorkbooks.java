package org.dangstat.support;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Branch workbooks for tests. */
public final class TestWorkbooks {

  private TestWorkbooks() {}

  /** A workbook with the template's header in row 1 and the given CSV lines below, all as text. */
  public static void writeXlsx(Path file, List<String> rows) throws Exception {
    try (var wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      var sheet = wb.createSheet("人员");
      String[] header = Township.HEADER.split(",");
      var h = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int r = 0; r < rows.size(); r++) {
        String[] cells = rows.get(r).split(",", -1);
        var row = sheet.createRow(r + 1);
        for (int i = 0; i < cells.length; i++) {
          if (!cells[i].isEmpty()) {
            row.createCell(i).setCellValue(cells[i]);
          }
        }
      }
      wb.write(out);
    }
  }
}
