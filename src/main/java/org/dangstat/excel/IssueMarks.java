package org.dangstat.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.intake.Issue;
import org.dangstat.report.Styles;

/**
 * Marks one cell of the clerk's sheet: a red (error) or yellow (warning only) fill on a copy of the
 * cell's own style, so its number or date format stays, and one comment listing every problem of
 * the cell with its code. Styles are shared per (original style, colour) so a file with a
 * thousand bad cells does not add a thousand styles.
 */
final class IssueMarks {

  static final String ERROR_RGB = "FF7C80";
  static final String WARNING_RGB = "FFE699";
  static final String AUTHOR = "党员信息报送检查";

  private final XSSFWorkbook wb;
  private final XSSFSheet sheet;
  private final XSSFDrawing drawing;
  private final Map<String, XSSFCellStyle> fills = new HashMap<>();

  IssueMarks(XSSFWorkbook wb, XSSFSheet sheet) {
    this.wb = wb;
    this.sheet = sheet;
    this.drawing = sheet.createDrawingPatriarch();
  }

  void mark(int rowIndex, int column, List<Issue> issues) {
    XSSFRow row = sheet.getRow(rowIndex) == null ? sheet.createRow(rowIndex) : sheet.getRow(rowIndex);
    XSSFCell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    boolean error = issues.stream().anyMatch(Issue::isError);
    cell.setCellStyle(fill(cell.getCellStyle(), error ? ERROR_RGB : WARNING_RGB));
    StringBuilder text = new StringBuilder();
    for (Issue i : issues) {
      text.append(text.isEmpty() ? "" : "\n").append('【').append(i.severity().label()).append("】")
          .append(Masking.mask(i.message())).append("（").append(i.code()).append('）');
    }
    if (cell.getCellComment() != null) {
      cell.removeCellComment(); // the clerk's own note would be hidden under ours anyway
    }
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column + 1, rowIndex, column + 5,
        rowIndex + 2 + issues.size() * 2);
    anchor.setAnchorType(ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
    XSSFComment comment = drawing.createCellComment(anchor);
    comment.setAuthor(AUTHOR);
    comment.setString(new XSSFRichTextString(text.toString()));
    cell.setCellComment(comment);
  }

  private XSSFCellStyle fill(XSSFCellStyle original, String rgb) {
    return fills.computeIfAbsent(original.getIndex() + "/" + rgb, k -> {
      XSSFCellStyle s = wb.createCellStyle();
      s.cloneStyleFrom(original);
      Styles.fill(s, Styles.rgb(rgb));
      return s;
    });
  }
}
