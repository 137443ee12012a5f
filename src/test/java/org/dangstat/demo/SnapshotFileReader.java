package org.dangstat.demo;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A deliberately simple reader of what the generator wrote, so tests check the files, not the objects. */
final class SnapshotFileReader {

  private static final Pattern FULL = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})[-.年](\\d{1,2})月?");

  private SnapshotFileReader() {}

  /** Rows as header → value, keyed by the Chinese header (English keys are translated). */
  static List<Map<String, String>> read(Path file) throws IOException {
    List<List<String>> lines = file.toString().endsWith(".xlsx") ? xlsx(file) : csv(file);
    int header = 0;
    while (!(lines.get(header).contains("身份证号") || lines.get(header).contains("id_number"))) {
      header++;
    }
    List<String> names = lines.get(header).stream()
        .map(h -> Columns.KEYS.contains(h) ? Columns.CHINESE.get(Columns.KEYS.indexOf(h)) : h).toList();
    var rows = new ArrayList<Map<String, String>>();
    for (List<String> line : lines.subList(header + 1, lines.size())) {
      if (line.isEmpty() || line.get(0).isBlank() || line.get(0).startsWith("填表说明")) {
        continue;
      }
      var row = new LinkedHashMap<String, String>();
      for (int i = 0; i < names.size(); i++) {
        row.put(names.get(i), i < line.size() ? line.get(i) : "");
      }
      rows.add(row);
    }
    return rows;
  }

  static boolean isUtf8(Path file) throws IOException {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** 2023-05-12, 2023/5/12, 2023.5.12, 2023年5月12日, or month-only 1998.07 (the 1st); null if blank. */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    var m = FULL.matcher(text);
    if (m.matches()) {
      return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    var mo = MONTH.matcher(text);
    if (mo.matches()) {
      return LocalDate.of(Integer.parseInt(mo.group(1)), Integer.parseInt(mo.group(2)), 1);
    }
    throw new IllegalArgumentException("not a date: " + text);
  }

  private static List<List<String>> csv(Path file) throws IOException {
    Charset cs = isUtf8(file) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    var lines = new ArrayList<List<String>>();
    for (String line : Files.readAllLines(file, cs)) {
      lines.add(List.of(line.replace("\uFEFF", "").split(",", -1)));
    }
    return lines;
  }

  private static List<List<String>> xlsx(Path file) throws IOException {
    var lines = new ArrayList<List<String>>();
    try (var wb = new XSSFWorkbook(Files.newInputStream(file))) {
      var sheet = wb.getSheet("人员");
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        var row = sheet.getRow(r);
        var cells = new ArrayList<String>();
        for (int c = 0; row != null && c < 19; c++) {
          var cell = row.getCell(c);
          if (cell == null) {
            cells.add("");
          } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
          } else if (cell.getCellType() == CellType.NUMERIC) {
            cells.add("NUMBER:" + cell.getNumericCellValue());
          } else {
            cells.add(cell.getStringCellValue());
          }
        }
        lines.add(cells);
      }
    }
    return lines;
  }
}
