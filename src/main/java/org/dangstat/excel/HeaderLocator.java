package org.dangstat.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Finds, in a clerk's workbook, what the intake reader found: the sheet 人员 else the first, the
 * header row (the first holding 身份证号 and 姓名, as Chinese header, English key or alias), and
 * the column of each header. Header text is matched ignoring spaces (also full-width) and the
 * asterisk of required columns, so an issue's column "学历" finds the clerk's " 学 历 *".
 */
final class HeaderLocator {

  private static final DataFormatter TEXT = new DataFormatter();

  final XSSFSheet sheet;
  /** Zero-based, -1 when the sheet has no header row. */
  final int headerRow;
  private final Map<String, Integer> columnByName = new HashMap<>();
  private final Map<String, String> canonical = new HashMap<>();

  HeaderLocator(XSSFWorkbook wb) {
    XSSFSheet chosen = wb.getSheet("人员");
    for (int i = 0; chosen == null && i < wb.getNumberOfSheets(); i++) {
      chosen = wb.getSheetName(i).strip().equals("人员") ? wb.getSheetAt(i) : null;
    }
    sheet = chosen != null ? chosen : wb.getSheetAt(0);
    for (TemplateColumn c : ReferenceLists.INSTANCE.columns) {
      canonical.put(normalise(c.label()), c.key());
      canonical.put(normalise(c.key()), c.key());
      c.aliases().forEach(a -> canonical.put(normalise(a), c.key()));
    }
    headerRow = findHeader();
    if (headerRow >= 0) {
      for (Cell cell : sheet.getRow(headerRow)) {
        String name = normalise(TEXT.formatCellValue(cell));
        if (!name.isEmpty()) {
          columnByName.putIfAbsent(name, cell.getColumnIndex());
          columnByName.putIfAbsent(canonical.getOrDefault(name, name), cell.getColumnIndex());
        }
      }
    }
  }

  /** The zero-based column of a header as an issue names it (label, key, alias or unknown text), or -1. */
  int column(String header) {
    if (header == null || headerRow < 0) {
      return -1;
    }
    String name = normalise(header);
    Integer c = columnByName.get(canonical.getOrDefault(name, name));
    return c == null ? columnByName.getOrDefault(name, -1) : c;
  }

  private int findHeader() {
    for (Row row : sheet) {
      boolean id = false;
      boolean name = false;
      for (Cell cell : row) {
        String key = canonical.get(normalise(TEXT.formatCellValue(cell)));
        id |= "id_number".equals(key);
        name |= "name".equals(key);
      }
      if (id && name) {
        return row.getRowNum();
      }
    }
    return -1;
  }

  /** Without spaces of any width, BOM, asterisks; full-width ASCII made half-width; upper case. */
  static String normalise(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c <= ' ' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B' || c == '*' || c == '＊') {
        continue;
      }
      b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return b.toString().toUpperCase(java.util.Locale.ROOT);
  }
}
