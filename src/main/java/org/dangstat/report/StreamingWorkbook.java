package org.dangstat.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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

  private SharedTexts shared;

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
    return new SheetXmlWriter(shared());
  }

  @Override
  public void write(OutputStream stream) throws IOException {
    flushSheets(); // the rows still in memory name their texts first (the superclass's write flushes them too)
    shared().countReferences();
    super.write(stream);
  }

  /** Made on first use: the superclass asks for writers while it is being constructed. */
  private SharedTexts shared() {
    if (shared == null) {
      shared = new SharedTexts(getSharedStringSource());
    }
    return shared;
  }
}
