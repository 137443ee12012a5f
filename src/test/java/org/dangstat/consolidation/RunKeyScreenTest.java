package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The run's keys: values seen twice in a period, and "cannot tell" whenever that is so. */
class RunKeyScreenTest {

  @Test
  void valuesCopiedTwiceInAPeriodAcrossFiles() {
    RunKeyScreen screen = new RunKeyScreen();
    screen.start();
    screen.add("2026Q1", new long[] {5, 1, 9, 0}, 3); // only the first three count
    screen.add("2026Q1", new long[] {9, 7, 0}, 3);
    screen.add("2026Q1", new long[] {9}, 1);
    screen.add("2025Q4", new long[] {5, 1}, 2);
    assertThat(screen.doubled("2026Q1")).containsExactly(9);
    assertThat(screen.doubled("2025Q4")).isEmpty();
    assertThat(screen.doubled("2024Q4")).isEmpty();
  }

  @Test
  void cannotTellWhenNotGatheringOrPastItsCapacity() {
    RunKeyScreen screen = new RunKeyScreen();
    screen.add("2026Q1", new long[] {1, 1}, 2);
    assertThat(screen.doubled("2026Q1")).isNull(); // a remote worker's JVM, or a resumed run

    screen.start();
    long[] many = new long[RunKeyScreen.CAPACITY];
    for (int i = 0; i < many.length; i++) {
      many[i] = i + 1;
    }
    screen.add("2026Q1", many, many.length);
    screen.add("2025Q4", new long[] {3, 3}, 2);
    assertThat(screen.doubled("2026Q1")).isEmpty();
    screen.add("2026Q1", new long[] {2}, 1);
    assertThat(screen.doubled("2026Q1")).isNull();
    assertThat(screen.doubled("2025Q4")).containsExactly(3);

    screen.clear();
    assertThat(screen.doubled("2025Q4")).isNull();
  }
}
