package org.dangstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same workbook written twice is the same file (but the time each was made): POI writes out
 * its sheets' last rows in an order of its own, and the shared strings are numbered as written.
 */
class StreamingWorkbookTest {

  private static final List<String> TEXTS = List.of("城桥街道党工委", "和平村党支部", "东升村党支部", "达标", "未达标",
      "党员总数", "女性党员占比");

  @TempDir Path tmp;

  @Test
  void theSameWorkbookTwiceIsTheSameFile() throws IOException {
    for (int attempt = 0; attempt < 5; attempt++) { // an order of POI's own may agree by chance once
      Path a = write(tmp.resolve("a" + attempt + ".xlsx"));
      Path b = write(tmp.resolve("b" + attempt + ".xlsx"));
      try (var x = new ZipFile(a.toFile()); var y = new ZipFile(b.toFile())) {
        for (var entry : x.stream().toList()) {
          if (!entry.getName().equals("docProps/core.xml")) { // the time each was made, to the second
            assertThat(x.getInputStream(entry).readAllBytes()).as(entry.getName())
                .isEqualTo(y.getInputStream(y.getEntry(entry.getName())).readAllBytes());
          }
        }
      }
    }
  }

  /** Eight sheets, half by {@link SheetWriter} (direct rows), half by POI's rows; every row still in memory at the end. */
  private static Path write(Path file) throws IOException {
    try (XSSFWorkbook base = new XSSFWorkbook(); StreamingWorkbook wb = new StreamingWorkbook(base, 100)) {
      Styles styles = new Styles(base);
      for (int s = 0; s < 8; s++) {
        if (s % 2 == 0) {
          SheetWriter sheet = new SheetWriter(wb, styles, "表" + s, "标题" + s, "名称", "状态");
          for (int r = 0; r < 10; r++) {
            sheet.newRow();
            sheet.text(TEXTS.get((r + s) % TEXTS.size()));
            sheet.text(TEXTS.get((r * s) % TEXTS.size()));
          }
          sheet.finish(1);
        } else {
          Sheet sheet = wb.createSheet("表" + s);
          for (int r = 0; r < 10; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(TEXTS.get((r + 2 * s) % TEXTS.size()));
            row.createCell(1).setCellValue("单位" + (r % 3));
          }
        }
      }
      Workbooks.save(wb, file);
    }
    return file;
  }
}
