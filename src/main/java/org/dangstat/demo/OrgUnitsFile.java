package org.dangstat.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code orgunits.csv}: UTF-8 with BOM, the template's Chinese headers, root first. */
final class OrgUnitsFile {

  static final List<String> HEADER = List.of("组织代码", "组织名称", "上级代码", "组织层级", "组织类别");

  private OrgUnitsFile() {}

  static void write(Path file, List<OrgUnit> units) throws IOException {
    var rows = new ArrayList<List<String>>();
    rows.add(HEADER);
    for (OrgUnit u : units) {
      rows.add(List.of(u.code(), u.name(), u.parentCode(), u.level(), u.category()));
    }
    CsvSnapshotWriter.writeUtf8(file, rows);
  }
}
