package org.dangstat.intake;

import java.nio.file.Path;

/** Bad files other packages' tests need too. */
public final class ReadingDefectsFixtures {

  private ReadingDefectsFixtures() {}

  /** A well-formed workbook whose sheet inflates 2,000-fold before its header row. */
  public static void writeBomb(Path file) throws Exception {
    ReadingDefectsTest.writeBomb(file);
  }
}
