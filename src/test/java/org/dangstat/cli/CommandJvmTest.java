package org.dangstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The JVM the bench starts for its analyses: this one's flags but its JIT, and it runs dangstat. */
class CommandJvmTest {

  @Test
  void keepsTheHeapAndCollectorButNotTheJitNorThisJvmsOneOffWork() {
    assertThat(List.of("-Xmx1g", "-XX:+UseSerialGC", "-Ddangstat.timing=true", "-Xlog:cds=off",
        "-XX:SharedArchiveFile=/x/dangstat.jsa", "-Dfile.encoding=UTF-8")).allMatch(CommandJvm::inherited);
    assertThat(List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:ArchiveClassesAtExit=/x/a.jsa.1",
        "-Ddangstat.exitCodeFile=/x/a.code", "-XX:StartFlightRecording=filename=a.jfr", "-javaagent:/x/agent.jar",
        "-agentlib:jdwp=transport=dt_socket,server=y,address=5005")).noneMatch(CommandJvm::inherited);
  }

  @Test
  void theCommandHasTheJitGivenOnceAndRunsDangstat() throws Exception {
    List<String> command = CommandJvm.command(CommandJvm.ANALYZE_JIT, List.of("--version"));

    assertThat(command.stream().filter(a -> a.startsWith("-XX:TieredStopAtLevel"))).containsExactly(CommandJvm.ANALYZE_JIT);
    assertThat(command).endsWith("--version");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("dangstat 0.1");
  }
}
