package org.dangstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CsvFile writes its own quoting: it must be byte for byte what Commons CSV's EXCEL format writes. */
class CsvFileTest {

  private static final String ALPHABET = " ,\"\r\n\t#!$'-=+@a1城桥、；'（）\u00A0\u0001";

  @Test
  void quotesExactlyAsCommonsCsvOnThousandsOfRandomRows(@TempDir Path dir) throws Exception {
    Random random = new Random(20261201);
    List<String[]> rows = new ArrayList<>();
    for (int r = 0; r < 3000; r++) {
      String[] row = new String[1 + random.nextInt(5)];
      for (int c = 0; c < row.length; c++) {
        StringBuilder text = new StringBuilder();
        int len = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(6);
        for (int k = 0; k < len; k++) {
          text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        row[c] = text.toString();
      }
      rows.add(row);
    }
    rows.add(new String[] {"", ""});
    rows.add(new String[] {"a", ""});
    rows.add(new String[] {"末尾空格 ", "\"引号\"", "逗号,", "#注释"});
    Path file = dir.resolve("t.csv");
    try (CsvFile csv = CsvFile.create(file, "甲", "乙")) {
      for (String[] row : rows) {
        csv.row((Object[]) row);
      }
    }
    StringWriter expected = new StringWriter();
    expected.write('\uFEFF');
    try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.EXCEL)) {
      printer.printRecord("甲", "乙");
      for (String[] row : rows) {
        printer.printRecord((Object[]) guarded(row));
      }
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void numbersAreWrittenAsTheyAreAndAnEmptyCellAsNothing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("n.csv");
    try (CsvFile csv = CsvFile.create(file, "a", "b", "c", "d")) {
      csv.row("x", -3, CsvFile.number("0.5000"), null);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b,c,d\r\nx,-3,0.5000,\r\n");
  }

  private static String[] guarded(String[] row) {
    String[] out = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = CsvFile.guard(row[i]);
    }
    return out;
  }
}
