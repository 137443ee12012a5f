package org.dangstat.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An .xlsx workbook read with POI's event API: the sheet XML is streamed through SAX, so a
 * million-row sheet never becomes a million cell objects. The sheet named 人员 is read, else the first.
 */
final class XlsxSource implements TableSource {

  static final String PREFERRED_SHEET = "人员";

  private final Path file;

  XlsxSource(Path file) {
    this.file = file;
  }

  @Override
  public String encoding() {
    return "XLSX";
  }

  @Override
  public void stream(RowHandler handler) throws IOException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception | LinkageError e) {
      if (ReadFailures.issue(e).code().equals("XLSX_ZIP_BOMB")) {
        throw new UnreadableFileException("XLSX_ZIP_BOMB", "", e);
      }
      // not a zip, or an encrypted (OLE2) file, or a broken package
      throw new UnreadableFileException("不是有效的.xlsx文件（可能已损坏、加密或是其他格式）", e);
    }
    try {
      InputStream sheet;
      SheetXmlHandler sheetHandler;
      try {
        XSSFReader reader = new XSSFReader(pkg);
        sheetHandler = new SheetXmlHandler(new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(), handler);
        sheet = openSheet(reader);
      } catch (OpenXML4JException | SAXException | RuntimeException e) {
        if (e instanceof UnreadableFileException u) {
          throw u;
        }
        throw new UnreadableFileException("工作簿结构已损坏（" + e.getClass().getSimpleName() + "）", e);
      }
      // from here on a RuntimeException is ours, not the file's: let it through
      try (sheet) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(sheetHandler);
        xml.parse(new InputSource(sheet));
      } catch (SAXException | ParserConfigurationException e) {
        if (ReadFailures.issue(e).code().equals("XLSX_ZIP_BOMB")) {
          throw new UnreadableFileException("XLSX_ZIP_BOMB", "", e);
        }
        String where = e instanceof org.xml.sax.SAXParseException p
            ? "（工作表XML第" + p.getLineNumber() + "行第" + p.getColumnNumber() + "列）" : "";
        throw new UnreadableFileException("工作表内容无法解析，文件可能已损坏" + where, e);
      }
    } finally {
      pkg.revert(); // opened read-only: close without writing back
    }
  }

  private static InputStream openSheet(XSSFReader reader) throws IOException, OpenXML4JException {
    var sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
    InputStream first = null;
    while (sheets.hasNext()) {
      InputStream in = sheets.next();
      if (PREFERRED_SHEET.equals(Texts.trim(sheets.getSheetName()))) {
        if (first != null) {
          first.close();
        }
        return in;
      }
      if (first == null) {
        first = in;
      } else {
        in.close();
      }
    }
    if (first == null) {
      throw new UnreadableFileException("工作簿中没有工作表", null);
    }
    return first;
  }
}
