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

  @Test
  void cellsRenderedOnceStartingARowWriteWhatTheValuesWould(@TempDir Path dir) throws Exception {
    Random random = new Random(7);
    Path once = dir.resolve("once.csv");
    Path each = dir.resolve("each.csv");
    try (CsvFile a = CsvFile.create(once, "h"); CsvFile b = CsvFile.create(each, "h")) {
      for (int r = 0; r < 2000; r++) {
        Object[] values = {text(random), text(random), random.nextBoolean() ? null : random.nextInt(201) - 100,
            text(random)};
        int split = 1 + random.nextInt(values.length - 1);
        Object[] rest = java.util.Arrays.copyOfRange(values, split, values.length);
        Object[] row = new Object[rest.length + 1];
        row[0] = CsvFile.cells(java.util.Arrays.copyOfRange(values, 0, split));
        System.arraycopy(rest, 0, row, 1, rest.length);
        a.row(row);
        b.row(values);
      }
    }
    assertThat(Files.readString(once, StandardCharsets.UTF_8)).isEqualTo(Files.readString(each, StandardCharsets.UTF_8));
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int len = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(6);
    for (int k = 0; k < len; k++) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return text.toString();
  }

  private static String[] guarded(String[] row) {
    String[] out = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = CsvFile.guard(row[i]);
    }
    return out;
  }
}
