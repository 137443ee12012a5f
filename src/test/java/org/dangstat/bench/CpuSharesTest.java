package org.dangstat.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CpuSharesTest {

  @Test
  void sharesOfAllCoresTimeBetweenTwoReadings() {
    // user nice system idle iowait irq softirq steal guest guest_nice, as /proc/stat has them
    CpuShares start = CpuShares.parse("cpu  1000 10 200 5000 40 5 5 300 0 0");
    // 600 busy ticks (450 user, 100 system, 50 irq), 150 idle (100 + 50 iowait), 250 stolen
    CpuShares end = CpuShares.parse("cpu  1450 10 300 5100 90 30 30 550 100 0");
    assertThat(end.since(start)).isEqualTo("busy 60.0 %, stolen by the host 25.0 %");
  }

  @Test
  void noTimeNoShares() {
    CpuShares same = CpuShares.parse("cpu 1 2 3 4 5 6 7 8");
    assertThat(same.since(same)).isEmpty();
  }

  @Test
  void onlyTheCpuLine() {
    assertThatThrownBy(() -> CpuShares.parse("cpu0 1 2 3 4 5 6 7 8")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thisMachineCanBeRead() {
    if (java.nio.file.Files.exists(java.nio.file.Path.of("/proc/stat"))) {
      assertThat(CpuShares.now()).isPresent();
    } else {
      assertThat(CpuShares.now()).isEmpty();
    }
  }
}
