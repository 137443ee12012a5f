package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A file's keys: a value added twice is found wherever it is, and clearing starts a new file. */
class FileKeyScreenTest {

  @Test
  void findsAValueAddedTwiceAmongAMillionAndNothingWhereAllDiffer() {
    FileKeyScreen screen = new FileKeyScreen();
    SplittableRandom random = new SplittableRandom(7);
    long[] values = random.longs(1_000_000).distinct().toArray();
    for (long v : values) {
      screen.add(v);
    }
    assertThat(screen.anyTwice()).isFalse();

    screen.clear();
    for (long v : values) {
      screen.add(v);
    }
    screen.add(values[123_456]); // the same person again at the end of the file
    assertThat(screen.anyTwice()).isTrue();
  }

  @Test
  void zeroIsAValueLikeAnyOtherAndClearForgetsTheLastFile() {
    FileKeyScreen screen = new FileKeyScreen();
    screen.add(0);
    screen.add(-1);
    assertThat(screen.anyTwice()).isFalse();
    screen.add(0);
    assertThat(screen.anyTwice()).isTrue();

    screen.clear();
    screen.add(0);
    assertThat(screen.anyTwice()).isFalse();
    assertThat(new FileKeyScreen().anyTwice()).isFalse();
  }
}
