package org.dangstat.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One row of the orgunits file: code, name, level, category (section 2). */
final class OrgUnitRowCheck {

  private static final List<ColumnDef> COLUMNS = ReferenceData.INSTANCE.orgUnitColumns;
  static final int CODE = index("code");
  static final int NAME = index("name");
  static final int PARENT = index("parent_code");
  static final int LEVEL = index("level");
  static final int CATEGORY = index("category");
  static final int STAFF_COUNT = index("staff_count");
  static final int STUDENT_COUNT = index("student_count");

  private final FileIssues fileIssues;
  private final RowIssues issues;
  private final Map<String, Integer> rowOfCode = new HashMap<>();

  OrgUnitRowCheck(FileIssues fileIssues) {
    this.fileIssues = fileIssues;
    this.issues = new RowIssues(fileIssues, COLUMNS, -1);
  }

  /** The unit, or null when the row has an error. Tree-wide checks are {@link OrgTreeCheck}'s. */
  OrgUnitRow check(RawRow row, ColumnLayout layout) {
    issues.rowNo = row.rowNo;
    String code = layout.text(row, CODE);
    if (code.isEmpty()) {
      issues.report("ORG_CODE_REQUIRED", CODE, null);
    } else if (!isCode(code)) {
      issues.report("ORG_CODE_INVALID", CODE, code, code);
    } else {
      Integer earlier = rowOfCode.putIfAbsent(code, row.rowNo);
      if (earlier != null) {
        issues.report("ORG_CODE_DUPLICATE", CODE, code, code, String.valueOf(earlier));
      }
    }
    String name = layout.text(row, NAME);
    if (name.isEmpty()) {
      issues.report("ORG_NAME_REQUIRED", NAME, null);
    }
    String levelLabel = layout.text(row, LEVEL);
    String level = null;
    if (levelLabel.isEmpty()) {
      issues.report("ORG_LEVEL_REQUIRED", LEVEL, null);
    } else if ((level = ReferenceData.INSTANCE.orgLevels.code(levelLabel)) == null) {
      issues.report("ORG_LEVEL_INVALID", LEVEL, levelLabel, levelLabel);
    }
    String category = layout.text(row, CATEGORY);
    Boolean twoNew = null;
    if ("branch".equals(level)) {
      if (category.isEmpty()) {
        issues.report("ORG_CATEGORY_REQUIRED", CATEGORY, null);
      } else if ((twoNew = ReferenceData.INSTANCE.orgCategories.get(Texts.key(category))) == null) {
        issues.report("ORG_CATEGORY_INVALID", CATEGORY, category, category);
      }
    }
    Integer staff = count(layout.text(row, STAFF_COUNT), STAFF_COUNT);
    Integer students = count(layout.text(row, STUDENT_COUNT), STUDENT_COUNT);
    if (fileIssues.rowHasError()) {
      return null;
    }
    String parent = layout.text(row, PARENT);
    boolean branch = "branch".equals(level);
    return new OrgUnitRow(row.rowNo, code, name, parent.isEmpty() ? null : parent, level, levelLabel,
        branch ? category : null, branch && twoNew, staff, students);
  }

  /** 职工人数 / 学生人数: a whole number ≥ 0 (an XLSX number cell reads as 120), or blank. */
  private Integer count(String text, int column) {
    if (text.isEmpty()) {
      return null;
    }
    Double v = Amounts.parse(text.endsWith("人") ? text.substring(0, text.length() - 1) : text);
    if (v == null || v != Math.floor(v) || v > Integer.MAX_VALUE) {
      issues.report("ORG_COUNT_INVALID", column, text, COLUMNS.get(column).label(), text);
      return null;
    }
    return v.intValue();
  }

  private static boolean isCode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static int index(String key) {
    return COLUMNS.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().index();
  }
}
