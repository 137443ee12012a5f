package org.dangstat.excel;

import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dropdowns of the template. Short lists are written into the validation itself; long ones
 * (the 56 民族) live in a hidden sheet 代码表, because an explicit list is limited to 255
 * characters. Lists whose reader also accepts other spellings (汉, 本科, 大专) only warn, so a
 * clerk's habit is not blocked; the others stop wrong values.
 */
final class DropdownLists {

  static final String CODE_SHEET = "代码表";
  /** Longer than this (characters of the joined list) goes to the hidden sheet. */
  private static final int EXPLICIT_LIMIT = 200;
  private static final Set<String> LENIENT = Set.of("ethnicity", "education", "occupation");

  private final XSSFWorkbook wb;
  private final ReferenceLists ref;
  private XSSFSheet codes;

  DropdownLists(XSSFWorkbook wb, ReferenceLists ref) {
    this.wb = wb;
    this.ref = ref;
  }

  /** A dropdown on rows firstRow..lastRow (zero-based) of one column. */
  void add(XSSFSheet sheet, TemplateColumn column, int columnIndex, int firstRow, int lastRow) {
    List<String> labels = ref.labels(column.list());
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint constraint = String.join(",", labels).length() <= EXPLICIT_LIMIT
        ? helper.createExplicitListConstraint(labels.toArray(String[]::new))
        : helper.createFormulaListConstraint(listName(column.list(), labels));
    DataValidation v = helper.createValidation(constraint,
        new CellRangeAddressList(firstRow, lastRow, columnIndex, columnIndex));
    v.setSuppressDropDownArrow(true); // XSSF: true means "show the arrow"
    v.setShowErrorBox(true);
    boolean lenient = LENIENT.contains(column.list());
    v.setErrorStyle(lenient ? DataValidation.ErrorStyle.WARNING : DataValidation.ErrorStyle.STOP);
    v.createErrorBox("“" + column.label() + "”的值", "请从下拉列表中选择：" + abbreviated(labels));
    v.setShowPromptBox(false);
    sheet.addValidationData(v);
  }

  /**
   * 服务积分 and 培训学时: Excel refuses anything but a number ≥ 0, and says what it wants (the reader
   * rejects the same values, SERVICE_POINTS_INVALID / TRAINING_HOURS_INVALID).
   */
  void nonNegative(XSSFSheet sheet, TemplateColumn column, int columnIndex, int firstRow, int lastRow) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint constraint = helper.createDecimalConstraint(
        DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
    DataValidation v = helper.createValidation(constraint,
        new CellRangeAddressList(firstRow, lastRow, columnIndex, columnIndex));
    v.setShowErrorBox(true);
    v.setErrorStyle(DataValidation.ErrorStyle.STOP);
    v.createErrorBox("“" + column.label() + "”的值", "请填写不小于0的数字，如 " + column.example() + "；不适用的留空");
    v.setEmptyCellAllowed(true);
    v.setShowPromptBox(false);
    sheet.addValidationData(v);
  }

  /** The list written into a column of the hidden sheet, under a workbook name. */
  private String listName(String list, List<String> labels) {
    String name = "list_" + list;
    if (wb.getName(name) != null) {
      return name;
    }
    if (codes == null) {
      codes = wb.createSheet(CODE_SHEET);
    }
    int col = codes.getRow(0) == null ? 0 : codes.getRow(0).getLastCellNum();
    for (int i = 0; i < labels.size(); i++) {
      XSSFRow row = codes.getRow(i) == null ? codes.createRow(i) : codes.getRow(i);
      row.createCell(col).setCellValue(labels.get(i));
    }
    String letter = CellReference.convertNumToColString(col);
    Name n = wb.createName();
    n.setNameName(name);
    n.setRefersToFormula("'" + CODE_SHEET + "'!$" + letter + "$1:$" + letter + "$" + labels.size());
    return name;
  }

  /** Hides the code sheet; call once all sheets exist (a hidden sheet must not be the active one). */
  void hideCodeSheet() {
    if (codes != null) {
      wb.setSheetHidden(wb.getSheetIndex(codes), true);
    }
  }

  private static String abbreviated(List<String> labels) {
    String all = String.join("、", labels);
    return all.length() <= 60 ? all : String.join("、", labels.subList(0, 8)) + "等";
  }
}
