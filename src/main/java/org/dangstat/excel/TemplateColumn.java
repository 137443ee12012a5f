package org.dangstat.excel;

import java.util.List;

/**
 * One column of the branch template: the reader's header and aliases (reference/branch-columns.csv)
 * joined with how the Excel template presents it (excel/template-columns.csv).
 *
 * @param kind id | text | names | date | list | number (a number ≥ 0: 服务积分, 培训学时)
 * @param list the code list of a dropdown (sex, ethnicity, ...), or empty
 * @param need 必填 | 按阶段 | 选填 | 成对填写, as the guide sheet says it
 */
record TemplateColumn(String key, String label, List<String> aliases, String kind, int width,
    String list, String need, String explanation, String example) {

  boolean isDate() {
    return kind.equals("date");
  }

  boolean isNumber() {
    return kind.equals("number");
  }

  boolean isRequired() {
    return need.equals("必填");
  }
}
