package org.dangstat.demo;

/**
 * What to generate.
 *
 * @param seed every random choice derives from it: same seed, same files
 * @param year the report year: snapshots for (year−1)Q4 and yearQ1..Q4
 * @param branches number of 党支部
 * @param people about how many persons the latest snapshots list in total
 * @param oneFile benchmark mode: one huge branch file (yearQ4, CSV), streamed person by person
 */
public record DemoOptions(long seed, int year, int branches, int people, boolean oneFile, boolean latestOnly) {

  /** All five quarters (the demo); {@code latestOnly} writes only yearQ4 (benchmarks: N people, N rows). */
  public DemoOptions(long seed, int year, int branches, int people, boolean oneFile) {
    this(seed, year, branches, people, oneFile, false);
  }

  /** Above this many people only CSV is written: XLSX is slow and not what a benchmark measures. */
  public static final int CSV_ONLY_ABOVE = 20_000;

  public DemoOptions {
    if (branches < 1 || people < 1) {
      throw new IllegalArgumentException("branches and people must be positive");
    }
    if (year < 2016 || year > 2100) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  /** The demo: a 街道党工委 of 40 branches and about 2,400 people, in mixed formats. */
  public static DemoOptions standard(long seed, int year) {
    return new DemoOptions(seed, year, 40, 2400, false);
  }

  boolean csvOnly() {
    return oneFile || latestOnly || people > CSV_ONLY_ABOVE;
  }
}
