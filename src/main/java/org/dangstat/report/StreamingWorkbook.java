package org.dangstat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, tuned for a county's 100,000s of rows (docs/performance.md): the
 * sheets' XML goes to its temporary files through an unsynchronised UTF-8 writer instead of a
 * {@code BufferedWriter} locked on every cell, written by {@link SheetXmlWriter}; short texts are
 * shared strings from their second cell on ({@link SharedTexts}); and the zip is deflated at the
 * fastest level (the file is ~15 % larger, written in a third of the time; deflating was a third of
 * the workbook).
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

  /** POI's own step of its {@code flushSheets} (package-private); null if this POI has none, then POI's order. */
  private static final Method DERIVE_DIMENSION = deriveDimension();

  private SharedTexts shared;
  /** Each sheet's XML writer: the superclass makes one in the sheet's constructor and keeps it to itself. */
  private final Map<Sheet, SheetXmlWriter> writers = new IdentityHashMap<>();
  private SheetXmlWriter lastWriter;
  /** The sheets written by {@link DirectRows}, each closed before the workbook is written; null once switched off. */
  private Map<Sheet, DirectRows> direct = new IdentityHashMap<>();

  public StreamingWorkbook(XSSFWorkbook base, int rowsInMemory) {
    super(base, rowsInMemory, false, true);
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
    zip.setLevel(Deflater.BEST_SPEED);
    return zip;
  }

  @Override
  protected SheetDataWriter createSheetDataWriter() throws IOException {
    lastWriter = new SheetXmlWriter(shared());
    return lastWriter;
  }

  @Override
  public SXSSFSheet createSheet(String name) {
    SXSSFSheet sheet = super.createSheet(name);
    writers.put(sheet, lastWriter);
    return sheet;
  }

  /**
   * Rows written straight into {@code sheet}'s XML from here on, after its rows so far; null where
   * that is not possible (a sheet made otherwise, one with rows already written out, or
   * {@link #withoutDirectRows}).
   */
  DirectRows directRows(Sheet sheet) {
    SheetXmlWriter writer = writers.get(sheet);
    if (direct == null || writer == null || writer.getNumberOfFlushedRows() > 0) {
      return null;
    }
    // the cells POI holds so far, for the sheet's dimension, which POI derives from every cell it made
    int first = -1;
    int left = Integer.MAX_VALUE;
    int right = -1;
    for (Row row : sheet) {
      first = first < 0 ? row.getRowNum() : first;
      if (row.getFirstCellNum() >= 0) {
        left = Math.min(left, row.getFirstCellNum());
        right = Math.max(right, row.getLastCellNum() - 1);
      }
    }
    int last = sheet.getLastRowNum();
    try {
      ((SXSSFSheet) sheet).flushRows();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    var rows = new DirectRows(writer, first, last, left, right);
    direct.put(sheet, rows);
    return rows;
  }

  /**
   * What POI does before it writes (each sheet's dimension derived, its last rows written out), but
   * sheet by sheet in the workbook's order: POI goes by a hash order, different in every run, and
   * a text gets its number in the shared strings as its second cell is written, so the same
   * workbook came out as different bytes each time (the same cells). And for a sheet with direct
   * rows, the dimension POI would have derived had it made them: the first to the last row, the
   * leftmost to the rightmost column of any cell.
   */
  @Override
  protected void flushSheets() throws IOException {
    if (direct != null) {
      for (DirectRows rows : direct.values()) {
        rows.close();
      }
    }
    if (DERIVE_DIMENSION == null) {
      super.flushSheets();
    } else {
      for (Sheet sheet : this) {
        try {
          DERIVE_DIMENSION.invoke(sheet);
        } catch (ReflectiveOperationException e) {
          throw new IOException("cannot derive the dimension of sheet " + sheet.getSheetName(), e);
        }
        ((SXSSFSheet) sheet).flushRows();
      }
    }
    if (direct != null && shouldCalculateSheetDimensions()) {
      deriveDirectDimensions();
    }
  }

  private void deriveDirectDimensions() {
    for (var entry : direct.entrySet()) {
      DirectRows rows = entry.getValue();
      if (rows.firstRow() >= 0 && rows.leftColumn() <= rows.rightColumn()) {
        getXSSFWorkbook().getSheetAt(getSheetIndex(entry.getKey())).setDimensionOverride(
            new CellRangeAddress(rows.firstRow(), rows.lastRow(), rows.leftColumn(), rows.rightColumn()));
      }
    }
  }

  /** Every row through POI's row and cell objects, as before {@link DirectRows} (the tests compare the two). */
  StreamingWorkbook withoutDirectRows() {
    direct = null;
    return this;
  }

  @Override
  public void write(OutputStream stream) throws IOException {
    flushSheets(); // the rows still in memory name their texts first (the superclass's write flushes them too)
    shared().countReferences();
    super.write(stream);
  }

  private static Method deriveDimension() {
    try {
      Method m = SXSSFSheet.class.getDeclaredMethod("deriveDimension");
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

    /** Made on first use: the superclass asks for writers while it is being constructed. */
  private SharedTexts shared() {
    if (shared == null) {
      shared = new SharedTexts(getSharedStringSource());
    }
    return shared;
  }
}
