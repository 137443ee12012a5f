package org.dangstat.report;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The shared strings of one streaming workbook, as {@link SheetXmlWriter} writes them: a text that
 * repeats goes into the workbook's table once, and each later cell names it by number. A county's
 * 指标 sheet is a million cells of a few thousand texts (periods, codes, names, labels, statuses);
 * written inline they were 60 MB of XML to deflate, much of the workbook's time (docs/performance.md,
 * seventeenth round). A text's first cell is written inline, and only its second one puts it in the
 * table: a text seen once (a finding's person, a file name) costs no table entry, which POI makes
 * slowly, as an XML object. Long texts stay inline, and so does every text first seen once the
 * table is full: a workbook's memory stays bounded, whatever it holds.
 */
final class SharedTexts {

  /** Longer texts are written inline: they rarely repeat, and the table would only hold them. */
  static final int LONGEST = 64;
  /** At most this many texts are remembered (seen once, or in the table). */
  static final int MOST = 50_000;
  /** A text seen once, not yet in the table. */
  private static final int SEEN = -1;

  private final SharedStringsTable table;
  private final Map<String, Integer> numbers = new HashMap<>();
  private long references;

  SharedTexts(SharedStringsTable table) {
    this.table = table;
  }

  /** The text's number in the table, added on its second use; -1 when it is to be written inline. */
  int number(String text) {
    Integer n = numbers.get(text);
    if (n == null) {
      if (text.length() <= LONGEST && numbers.size() < MOST) {
        numbers.put(text, SEEN);
      }
      return -1;
    }
    if (n == SEEN) {
      // POI's own call, once a text: it renders the text's XML to look it up, which per cell was slow
      n = table.addSharedStringItem(new XSSFRichTextString(text));
      numbers.put(text, n);
    }
    references++;
    return n;
  }

  /**
   * The table's {@code count} (cells that name one of its texts) made right before it is saved:
   * POI counted only the first use of each. Excel and LibreOffice ignore a wrong count, but a
   * validator does not; where POI's field cannot be reached, the count stays as POI left it.
   */
  void countReferences() {
    try {
      Field count = SharedStringsTable.class.getDeclaredField("count");
      count.setAccessible(true);
      count.setInt(table, (int) Math.min(Integer.MAX_VALUE, references));
    } catch (ReflectiveOperationException | RuntimeException e) {
      // the count is optional in the file format; the texts and their numbers are what matter
    }
  }
}
