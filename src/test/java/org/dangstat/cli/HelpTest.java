package org.dangstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangstat.support.Cli;
import org.junit.jupiter.api.Test;

/** --help: Chinese from the resource bundle, the English kept, the exit codes of cli.md listed. */
class HelpTest {

  @Test
  void everyCommandsHelpIsChineseAndEnglishAndListsTheExitCodes() {
    for (String command : new String[] {"consolidate", "analyze", "allocate", "demo", "template", "check", "bench"}) {
      var r = Cli.run(command, "--help");
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).as(command).contains("用法 Usage:", "退出码 Exit codes:", "4   仅 check")
          .containsPattern("(?s)Usage:.*[a-z]{4,} [a-z]{4,}"); // the English description is still there
    }
    assertThat(Cli.run("consolidate", "--help").out()).contains("每晚汇总", "The nightly job", "--returns", "--json");
    assertThat(Cli.run("--help").out()).contains("报送前自查", "1   运行失败", "3   另一个运行正持有锁");
  }
}
