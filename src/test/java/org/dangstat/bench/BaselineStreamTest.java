package org.dangstat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dangstat.demo.DemoOptions;
import org.dangstat.demo.DemoTownship;
import org.dangstat.support.TestDatabase;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The bench's baseline stays the real limit: the bench's own rows, one UTF-8 stream, one COPY, and
 * the table then holds every data row of every branch file exactly as the file's text says (no
 * parsing, trimming or conversion beyond the charset).
 */
class BaselineStreamTest {

  @TempDir Path tmp;

  @Test
  void oneStreamLoadsEveryRowOfTheBranchFilesAsTheirText() throws Exception {
    Path inbox = tmp.resolve("inbox");
    DemoTownship.generate(inbox, new DemoOptions(11, 2026, 12, 3_000, false, true));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(inbox)) {
      files = walk.filter(p -> p.getFileName().toString().matches("[A-Za-z0-9-]+_\\d{4}Q[1-4]\\.csv")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(10);
    List<List<String>> expected = new ArrayList<>();
    for (Path file : files) {
      expected.addAll(dataRows(file));
    }

    String url = TestDatabase.fresh();
    try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
      st.execute("create schema warehouse");
    }
    var dataSource = new PGSimpleDataSource();
    dataSource.setURL(url);
    var bench = new BenchRepository(DSL.using(dataSource, SQLDialect.POSTGRES), dataSource);
    bench.prepareBaseline(19);
    Path stream = tmp.resolve("baseline.csv");
    BaselineStream.write(files, stream);

    long copied = bench.copyBaselineStream(stream);

    assertThat(copied).isEqualTo(expected.size()).isGreaterThan(2_500);
    List<List<String>> loaded = bench.baselineRows().stream()
        .map(row -> row.stream().map(v -> v == null ? "" : v).toList()).toList();
    // a parallel scan may return the heap in any order: the rows, not their order, are the contract
    assertThat(loaded).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** The records after the header line, decoded in the file's own charset, parsed independently. */
  private static List<List<String>> dataRows(Path file) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    Charset charset = bom || isUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
    String text = new String(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0), charset);
    List<List<String>> rows = new ArrayList<>();
    boolean header = false;
    for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(text))) {
      List<String> cells = record.toList();
      if (header) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < 19) {
          padded.add("");
        }
        rows.add(padded);
      } else if (cells.stream().anyMatch(v -> v.contains("身份证号") || v.contains("id_number"))) {
        header = true;
      }
    }
    assertThat(header).as("header of " + file).isTrue();
    return rows;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
