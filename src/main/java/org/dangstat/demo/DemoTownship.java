package org.dangstat.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A realistic synthetic 街道党工委 inbox for demos, tests and benchmarks: the organisation tree
 * and every branch's quarterly snapshots ((year−1)Q4 and yearQ1..Q4) in the formats clerks really
 * send, with a few deliberate mistakes, one cross-branch conflict and some procedure slips, all
 * listed in the returned {@link DemoManifest}. Same options, same files: nothing reads the clock.
 */
public final class DemoTownship {

  private DemoTownship() {}

  public static DemoManifest generate(Path inbox, DemoOptions options) {
    try {
      return options.oneFile() ? OneBigFile.write(inbox, options) : new TownshipWriter(inbox, options).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
