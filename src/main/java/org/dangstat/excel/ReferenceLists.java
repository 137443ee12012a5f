package org.dangstat.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The code tables of src/main/resources/reference/ as the template shows them: per list its
 * canonical labels (the first term of every code) and code → label for prefilled rows. Read from
 * the same files as the intake readers so a dropdown never offers a value the reader rejects.
 */
final class ReferenceLists {

  static final ReferenceLists INSTANCE = new ReferenceLists();

  /** The template's columns, in the order of branch-columns.csv. */
  final List<TemplateColumn> columns = new ArrayList<>();
  private final Map<String, Map<String, String>> labelByCode = new HashMap<>();

  private ReferenceLists() {
    table("sex", "sex.csv", "term", "code");
    table("yes_no", "yes-no.csv", "term", "value");
    table("education", "education.csv", "term", "code");
    table("occupation", "occupation.csv", "term", "code");
    table("left_reason", "left-reasons.csv", "term", "code");
    table("ethnicity", "ethnicities.csv", "name", "code");
    Map<String, Map<String, String>> looks = new HashMap<>();
    CsvResource.resource("/excel/template-columns.csv").forEach(r -> looks.put(r.get("key"), r));
    for (Map<String, String> c : CsvResource.resource("/reference/branch-columns.csv")) {
      Map<String, String> look = looks.get(c.get("key"));
      if (look == null) {
        throw new IllegalStateException("excel/template-columns.csv lacks " + c.get("key"));
      }
      columns.add(new TemplateColumn(c.get("key"), c.get("label"),
          c.get("aliases").isEmpty() ? List.of() : Arrays.asList(c.get("aliases").split("\\|")),
          look.get("kind"), Integer.parseInt(look.get("width")), look.get("list"), look.get("need"),
          look.get("explanation"), look.get("example")));
    }
  }

  /** The canonical labels of a list, in file order: what the dropdown offers. */
  List<String> labels(String list) {
    return List.copyOf(labelByCode(list).values());
  }

  /** The label of a code ("01" → 汉族, "bachelor" → 大学本科); the code itself when unknown. */
  String label(String list, String code) {
    return code == null ? null : labelByCode(list).getOrDefault(code, code);
  }

  private Map<String, String> labelByCode(String list) {
    Map<String, String> m = labelByCode.get(list);
    if (m == null) {
      throw new IllegalArgumentException("no such list: " + list);
    }
    return m;
  }

  private void table(String list, String file, String termColumn, String codeColumn) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (Map<String, String> r : CsvResource.resource("/reference/" + file)) {
      labels.putIfAbsent(r.get(codeColumn), r.get(termColumn)); // the first term is the label
    }
    labelByCode.put(list, labels);
  }
}
