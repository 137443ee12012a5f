package org.dangstat.report;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Makes a sheet something a committee can print and read on screen: A4 landscape, as wide as one
 * page, the title and header rows repeated on every page, page numbers in the footer, the header
 * frozen while scrolling.
 */
public final class PrintLayout {

  private PrintLayout() {}

  /**
   * @param headerRow zero-based index of the table's header row; rows 0..headerRow repeat on every page
   * @param frozenColumns columns that stay visible when scrolling right (0 for none)
   * @param lastColumn zero-based index of the table's last column
   */
  public static void apply(Sheet sheet, int headerRow, int frozenColumns, int lastColumn) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0); // as many pages down as the rows need
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(Sheet.LeftMargin, 0.4);
    sheet.setMargin(Sheet.RightMargin, 0.4);
    sheet.setMargin(Sheet.TopMargin, 0.6);
    sheet.setMargin(Sheet.BottomMargin, 0.6);
    sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
    sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    sheet.createFreezePane(frozenColumns, headerRow + 1);
  }

  /** The filter buttons on the header row, over the table's rows. */
  public static void autoFilter(Sheet sheet, int headerRow, int lastRow, int lastColumn) {
    sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
  }
}
