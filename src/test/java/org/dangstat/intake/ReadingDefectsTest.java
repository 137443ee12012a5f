package org.dangstat.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dangstat.core.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, defects 1, 5 and 8: what reading a file said (or did not say) about bytes the
 * template does not allow. Each test is named after the defect it pins.
 */
class ReadingDefectsTest {

  @TempDir Path dir;

  private static final String HEADER = "身份证号,姓名,性别,学历,工作岗位,一线,入党日期,转正日期,备注";

  private static String line(int n, String name) {
    return TestRows.id(String.format("19%02d0101", 50 + n % 40), false) + "," + name
        + ",女,高中,工人,是,1998-06-18,1999-06-20,";
  }

  @Test
  void mixedCharsetCsvIsRejectedWithEncodingInvalid() throws Exception {
    // UTF-8 for well over the megabyte the charset is sniffed on, then a row pasted from a GBK file
    var bytes = new ByteArrayOutputStream();
    bytes.write((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
    int utf8Rows = 45_000;
    for (int i = 0; i < utf8Rows; i++) {
      bytes.write((line(i, "李秀英") + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    bytes.write((line(1, "王建国") + "\r\n").getBytes(Charset.forName("GBK")));
    bytes.write((line(3, "陈芳") + "\r\n").getBytes(StandardCharsets.UTF_8));
    Path f = dir.resolve("mixed.csv");
    Files.write(f, bytes.toByteArray());

    var c = SampleInboxTest.read(f, TestRows.PERIOD);

    assertThat(c.summary().encoding()).isEqualTo("UTF-8");
    var bad = c.issues().stream().filter(i -> i.code().equals("ENCODING_INVALID")).toList();
    assertThat(bad).hasSize(1);
    assertThat(bad.get(0).rowNo()).isEqualTo(utf8Rows + 2);
    assertThat(bad.get(0).column()).isEqualTo("姓名");
    assertThat(bad.get(0).isError()).isTrue();
    assertThat(bad.get(0).message()).contains("UTF-8");
    assertThat(c.rows()).noneMatch(r -> r.name().contains("\uFFFD"));
  }

  @Test
  void gbkFileWithAByteInvalidInGb18030IsEncodingInvalidAtItsRow() throws Exception {
    var bytes = new ByteArrayOutputStream();
    bytes.write((HEADER + "\r\n" + line(1, "李秀英") + "\r\n").getBytes(Charset.forName("GBK")));
    bytes.write(line(2, "王").getBytes(Charset.forName("GBK")));
    bytes.write(new byte[] {(byte) 0x80}); // never a GB18030 lead byte
    bytes.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    Path f = dir.resolve("gbk.csv");
    Files.write(f, bytes.toByteArray());

    var c = SampleInboxTest.read(f, TestRows.PERIOD);

    assertThat(c.summary().encoding()).isEqualTo("GB18030");
    assertThat(c.issues()).filteredOn(i -> i.code().equals("ENCODING_INVALID"))
        .singleElement().satisfies(i -> {
          assertThat(i.rowNo()).isEqualTo(3);
          assertThat(i.message()).contains("GB18030").contains("80");
        });
  }

  @Test
  void gbkCsvWithAUtf8RowFurtherDownIsEncodingMixedNotMojibake() throws Exception {
    // the other way round: GBK where the charset is sniffed, a row pasted as UTF-8 further down,
    // which GB18030 decodes without an error, as mojibake
    var bytes = new ByteArrayOutputStream();
    bytes.write((HEADER + "\r\n" + line(1, "李秀英") + "\r\n").getBytes(Charset.forName("GBK")));
    bytes.write((line(3, "王建国") + ",\"备注\r\n两行\"\r\n").getBytes(StandardCharsets.UTF_8));
    bytes.write((line(5, "陈芳") + "\r\n").getBytes(Charset.forName("GBK")));
    Path f = dir.resolve("gbk-then-utf8.csv");
    Files.write(f, bytes.toByteArray());

    var c = SampleInboxTest.read(f, TestRows.PERIOD);

    assertThat(c.summary().encoding()).isEqualTo("GB18030");
    assertThat(c.issues()).filteredOn(i -> i.code().equals("ENCODING_MIXED")).singleElement()
        .satisfies(i -> assertThat(i.rowNo()).isEqualTo(3));
    assertThat(c.rows()).extracting(PersonRow::name).containsExactly("李秀英", "陈芳");
  }

  @Test
  void utf16CsvIsNamedAsUtf16NotNoHeader() throws Exception {
    String text = HEADER + "\r\n" + line(1, "李秀英") + "\r\n";
    Path withBom = dir.resolve("bom.csv");
    Files.write(withBom, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    Path withoutBom = dir.resolve("plain.csv");
    Files.write(withoutBom, text.getBytes(StandardCharsets.UTF_16BE));
    Path utf32 = dir.resolve("wide.csv");
    Files.write(utf32, text.getBytes(Charset.forName("UTF-32LE")));

    for (var expected : List.of(List.of(withBom, "UTF-16LE"), List.of(withoutBom, "UTF-16BE"),
        List.of(utf32, "UTF-32LE"))) {
      var c = SampleInboxTest.read((Path) expected.get(0), TestRows.PERIOD);
      assertThat(TestRows.codes(c)).containsExactly("ENCODING_UNSUPPORTED");
      assertThat(c.issues().get(0).message()).contains((String) expected.get(1));
      assertThat(c.summary().encoding()).isEqualTo(expected.get(1));
    }
  }

  @Test
  void nulCharacterInACellIsCaughtByTheValidatorWithRowAndColumn() throws Exception {
    String text = HEADER + "\n" + line(1, "李秀英") + "\n" + line(3, "王\u0000芳") + "\n"
        + line(5, "张伟").replace(",1998-06-18", ",1998-06\u000B-18") + "\n";
    Path f = dir.resolve("nul.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);

    var c = SampleInboxTest.read(f, TestRows.PERIOD);

    var control = c.issues().stream().filter(i -> i.code().equals("CONTROL_CHARACTER")).toList();
    assertThat(control).extracting(Issue::rowNo, Issue::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "姓名"), org.assertj.core.groups.Tuple.tuple(4, "入党日期"));
    assertThat(control.get(0).value()).isEqualTo("王\u2400芳");
    assertThat(control.get(0).message()).contains("U+0000").contains("第2个字符");
    assertThat(c.rows()).extracting(PersonRow::name).containsExactly("李秀英");
  }

  @Test
  void dateAfterTheDayOfLoadingIsDateInFuture() throws Exception {
    // 2026Q4 file sent on 1 December with a typo for 16 November: 2026-12-16
    String text = HEADER + "\n" + line(1, "李秀英").replace("1999-06-20", "2026-12-16") + "\n";
    Path f = dir.resolve("future.csv");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    List<Issue> issues = new ArrayList<>();
    new BranchFileReader().read(f, new Period(2026, 4), LocalDate.of(2026, 12, 1), new RowSink() {
      @Override
      public void row(PersonRow row) {}

      @Override
      public void issue(Issue issue) {
        issues.add(issue);
      }
    });
    assertThat(issues).filteredOn(i -> i.code().equals("DATE_IN_FUTURE")).singleElement().satisfies(i -> {
      assertThat(i.isError()).isTrue();
      assertThat(i.rowNo()).isEqualTo(2);
      assertThat(i.column()).isEqualTo("转正日期");
      assertThat(i.message()).contains("2026-12-01");
    });
  }

  @Test
  void zipBombXlsxIsReportedInChineseWithItsCode() throws Exception {
    Path f = dir.resolve("bomb.xlsx");
    writeBomb(f);
    var c = SampleInboxTest.read(f, TestRows.PERIOD);
    assertThat(TestRows.codes(c)).containsExactly("XLSX_ZIP_BOMB");
    assertThat(c.issues().get(0).message()).contains("压缩").doesNotContain("Zip bomb").doesNotContain("\n");
  }

  /** A well-formed workbook whose one sheet inflates 2,000-fold: 40 MB of blanks before its header row. */
  static void writeBomb(Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file); var zip = new ZipOutputStream(out)) {
      put(zip, "[Content_Types].xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
          <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
          </Types>""");
      put(zip, "_rels/.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
          </Relationships>""");
      put(zip, "xl/workbook.xml", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
          <sheets><sheet name="人员" sheetId="1" r:id="rId1"/></sheets></workbook>""");
      put(zip, "xl/_rels/workbook.xml.rels", """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
          </Relationships>""");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
          + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
      byte[] blanks = new byte[1 << 20];
      java.util.Arrays.fill(blanks, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        zip.write(blanks);
      }
      zip.write(("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>身份证号</t></is></c>"
          + "<c r=\"B1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
  }

  private static void put(ZipOutputStream zip, String name, String text) throws Exception {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
