package org.dangstat.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dangstat.intake.Issue;
import org.dangstat.report.Workbooks;

/**
 * The clerk's own workbook given back with its problems marked (the {@code <name>.批注.xlsx} of the
 * error report): every cell an issue names is filled red (error) or yellow (warning) and carries a
 * comment with the messages and codes; a first sheet 问题汇总 lists every problem with the counts.
 * Everything else of the workbook is left as the clerk made it; the original file is not touched.
 */
public final class AnnotatedCopy {

  private AnnotatedCopy() {}

  /** The name of the annotated copy next to {@code clerkXlsx}: {@code XS-001_2026Q2.批注.xlsx}. */
  public static Path targetFor(Path clerkXlsx, Path dir) {
    String name = clerkXlsx.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dir.resolve((dot < 0 ? name : name.substring(0, dot)) + ".批注.xlsx");
  }

  /**
   * @param issues the problems BranchFileReader reported for this file; rowNo is the physical Excel
   *     row (1-based), column the header as the reader names it
   */
  public static void write(Path clerkXlsx, List<Issue> issues, Path target) {
    XSSFWorkbook wb;
    try (InputStream in = Files.newInputStream(clerkXlsx)) {
      wb = new XSSFWorkbook(in); // from a stream: POI never writes back into the clerk's file
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + clerkXlsx, e);
    }
    try (wb) {
      HeaderLocator header = new HeaderLocator(wb);
      Map<Long, List<Issue>> byCell = new LinkedHashMap<>();
      List<Boolean> marked = new ArrayList<>();
      for (Issue issue : issues) {
        int column = issue.rowNo() == null ? -1 : header.column(issue.column());
        marked.add(column >= 0);
        if (column >= 0) {
          byCell.computeIfAbsent(((long) (issue.rowNo() - 1) << 16) | column, k -> new ArrayList<>()).add(issue);
        }
      }
      IssueMarks marks = new IssueMarks(wb, header.sheet);
      byCell.forEach((cell, cellIssues) -> marks.mark((int) (cell >> 16), (int) (cell & 0xFFFF), cellIssues));
      IssueSummarySheet.write(wb, issues, marked);
      Workbooks.save(wb, target);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
