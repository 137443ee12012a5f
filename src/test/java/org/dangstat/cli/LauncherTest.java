package org.dangstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code ./dangstat}: its JIT by command, the extracted jar and the class-data archive
 * (kept only from a successful run whose archive the JVM maps back; a truncated one would crash
 * every later start). The launcher's decisions run against a stand-in {@code java} on the PATH that
 * logs its arguments (the jar is not built in the test phase); the flags it passes are then given
 * to this build's real JVM, which must accept them, write an archive and refuse a truncated one.
 */
class LauncherTest {

  @TempDir
  Path home;
  Path bin;
  Path calls;
  Path jar;
  Path run;

  @BeforeEach
  void checkout() throws IOException {
    Files.copy(Path.of("dangstat"), home.resolve("dangstat"));
    jar = Files.createDirectories(home.resolve("target")).resolve("dangstat.jar");
    Files.writeString(jar, "the built jar");
    run = home.resolve("target/run");
    bin = Files.createDirectories(home.resolve("bin"));
    calls = home.resolve("calls.log");
    // each call: its arguments one a line, then "--"; it plays extract, the recording and the check
    Path java = bin.resolve("java");
    Files.writeString(java, """
        #!/bin/sh
        for a in "$@"; do printf '%s\\n' "$a"; done >> "$CALLS"; echo -- >> "$CALLS"
        case "$*" in
          *-Djarmode=tools*) [ -n "$FAIL_EXTRACT" ] && exit 1
            while [ "$1" != --destination ]; do shift; done; mkdir -p "$2" && sleep "${EXTRACT_SECONDS:-0}"
            echo app > "$2/dangstat.jar"; exit 0 ;;
          *-Xshare:on*) for a in "$@"; do case "$a" in -XX:SharedArchiveFile=*) f=${a#*=};; esac; done
            [ "$(cat "$f")" = complete ] ;;
          *-XX:ArchiveClassesAtExit=*) for a in "$@"; do case "$a" in -XX:ArchiveClassesAtExit=*) f=${a#*=};;
              -Ddangstat.exitCodeFile=*) echo "${STATUS:-0}" > "${a#*=}";; esac; done
            [ -n "$DUMP_FAILS" ] && exit 1  # as the JVM does when it cannot write the archive
            echo "${ARCHIVE:-complete}" > "$f"; exit "${STATUS:-0}" ;;
          *) exit "${STATUS:-0}" ;;
        esac
        """);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    // and the free space where the archive goes, as the test says
    Path df = bin.resolve("df");
    Files.writeString(df, """
        #!/bin/sh
        echo "Filesystem 1024-blocks Used Available Capacity Mounted on"
        echo "/dev/x 100000000 1 ${FREE_KB:-50000000} 1% /"
        """);
    Files.setPosixFilePermissions(df, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  @Test
  void firstRunRecordsTheArchiveAndLaterRunsMapIt() throws Exception {
    assertThat(launch(Map.of(), "analyze", "--period", "2025")).isZero();
    List<List<String>> first = calls();
    assertThat(first).hasSize(3);
    assertThat(first.get(0)).contains("-Djarmode=tools", jar.toString(), "extract");
    List<String> recording = first.get(1);
    // the bench starts its analyses' JVM with the same flag (CommandJvm)
    assertThat(recording).contains(CommandJvm.ANALYZE_JIT, "-Xmx1g", "-XX:+UseSerialGC", "-jar",
        run.resolve("dangstat.jar").toString(), "analyze", "--period", "2025");
    assertThat(recording).anyMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit=" + run.resolve("dangstat.jsa.")));
    assertThat(first.get(2)).contains("-Xshare:on", "--version");
    assertThat(Files.readString(run.resolve("dangstat.jsa")).trim()).isEqualTo("complete");
    assertThat(leftovers()).isEmpty();

    Files.delete(calls);
    assertThat(launch(Map.of(), "consolidate", "--inbox", "x")).isZero();
    List<List<String>> second = calls();
    assertThat(second).hasSize(1);
    assertThat(second.get(0)).contains("-XX:SharedArchiveFile=" + run.resolve("dangstat.jsa"), "consolidate")
        .doesNotContain("-XX:TieredStopAtLevel=1");
  }

  @Test
  void aFailedRunOrAnArchiveTheJvmCannotMapIsNotKept() throws Exception {
    assertThat(launch(Map.of("STATUS", "1"), "analyze", "--period", "2025")).isEqualTo(1);
    assertThat(run.resolve("dangstat.jsa")).doesNotExist();
    assertThat(launch(Map.of("ARCHIVE", "truncated"), "analyze", "--period", "2025")).isZero();
    assertThat(run.resolve("dangstat.jsa")).doesNotExist();
    assertThat(leftovers()).isEmpty();
    // not tried again with this build, which would pay for it at the end of every run; a new build tries
    assertThat(launch(Map.of(), "analyze", "--period", "2025")).isZero();
    assertThat(run.resolve("dangstat.jsa")).doesNotExist();
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    assertThat(launch(Map.of(), "analyze", "--period", "2025")).isZero();
    assertThat(run.resolve("dangstat.jsa")).exists();
  }

  @Test
  void helpAndVersionRecordNothing() throws Exception {
    for (String[] args : List.of(new String[] {}, new String[] {"--version"}, new String[] {"analyze", "--help"},
        new String[] {"help", "analyze"})) {
      assertThat(launch(Map.of(), args)).isZero();
    }
    assertThat(calls().stream().skip(1)).noneMatch(c -> c.stream().anyMatch(a -> a.startsWith("-XX:Archive")));
    assertThat(run.resolve("dangstat.jsa")).doesNotExist();
  }

  @Test
  void aNewBuildIsExtractedAgainWithoutTheOldArchive() throws Exception {
    launch(Map.of(), "analyze", "--period", "2025");
    assertThat(run.resolve("dangstat.jsa")).exists();
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
    Files.delete(calls);
    launch(Map.of("STATUS", "2"), "analyze", "--period", "2025");
    assertThat(calls().get(0)).contains("-Djarmode=tools");
    assertThat(run.resolve("dangstat.jsa")).doesNotExist();
  }

  @Test
  void twoCommandsStartedTogetherLeaveOneWholeExtraction() throws Exception {
    List<Process> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(start(Map.of("EXTRACT_SECONDS", "0.5"), "analyze", "--period", "2025"));
    }
    for (Process p : both) {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    try (Stream<Path> files = Files.list(run)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(".extracted", "dangstat.jar", "dangstat.jsa");
    }
    try (Stream<Path> files = Files.list(home.resolve("target"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("dangstat.jar", "run");
    }
  }

  /** A JVM that cannot write the archive (a full disk) exits 1 after a command that succeeded. */
  @Test
  void anArchiveThatCouldNotBeWrittenLeavesTheCommandsExitCodeAndIsNotTriedAgain() throws Exception {
    assertThat(launch(Map.of("DUMP_FAILS", "1"), "analyze", "--period", "2025")).isZero();
    assertThat(run.resolve("dangstat.jsa")).doesNotExist();
    assertThat(leftovers()).isEmpty();
    assertThat(launch(Map.of("DUMP_FAILS", "1", "STATUS", "3"), "consolidate")).isEqualTo(3);
    Files.delete(calls);
    assertThat(launch(Map.of(), "analyze", "--period", "2025")).isZero();
    assertThat(calls()).singleElement().satisfies(c -> assertThat(c)
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit")));
  }

  /** What the stand-in plays: the real main writes the command's exit code where the launcher asks. */
  @Test
  void theCommandWritesItsExitCodeForTheLauncher() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (var expected : List.of(List.of("0", "--version"), List.of("2", "analyze", "--no-such-option"))) {
      Path code = home.resolve("code-" + expected.get(0));
      List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Ddangstat.exitCodeFile=" + code,
          "-cp", System.getProperty("java.class.path"), Dangstat.class.getName()));
      command.addAll(expected.subList(1, expected.size()));
      Process p = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
          .redirectOutput(home.resolve("main.log").toFile()).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(Integer.parseInt(expected.get(0)));
      assertThat(Files.readString(code)).isEqualTo(expected.get(0));
    }
  }

  @Test
  void noRecordingWithLittleRoomForTheArchive() throws Exception {
    assertThat(launch(Map.of("FREE_KB", "300000"), "analyze", "--period", "2025")).isZero();
    assertThat(calls().get(1)).noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
    assertThat(launch(Map.of(), "analyze", "--period", "2025")).isZero();
    assertThat(run.resolve("dangstat.jsa")).exists();
  }

  /** Java 17 crashed with the archive and a flight recording from the start (eleventh round). */
  @Test
  void aFlightRecordingOrAnAgentRunsWithoutTheArchive() throws Exception {
    launch(Map.of(), "analyze", "--period", "2025");
    assertThat(run.resolve("dangstat.jsa")).exists();
    for (var env : List.of(Map.of("DANGSTAT_JAVA_OPTS", "-Xmx1g -XX:StartFlightRecording=filename=a.jfr"),
        Map.of("JAVA_TOOL_OPTIONS", "-javaagent:/opt/agent.jar"), Map.of("JDK_JAVA_OPTIONS", "-agentlib:jdwp=transport=dt_socket"))) {
      Files.delete(calls);
      assertThat(launch(env, "analyze", "--period", "2025")).isZero();
      assertThat(calls()).singleElement().satisfies(c -> assertThat(c)
          .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit"))
          .contains(run.resolve("dangstat.jar").toString()));
    }
  }

  @Test
  void withoutAnExtractedJarItRunsTheBuiltOne() throws Exception {
    assertThat(launch(Map.of("FAIL_EXTRACT", "1", "DANGSTAT_JAVA_OPTS", "-Xmx3g"), "analyze")).isZero();
    List<String> last = calls().get(1);
    assertThat(last).containsSubsequence("-XX:TieredStopAtLevel=1", "-Xmx3g", "-jar", jar.toString(), "analyze")
        .doesNotContain("-XX:+UseSerialGC");
    assertThat(run).doesNotExist();
  }

  /** The flags the launcher records and checks with are ones this JDK takes, and it refuses a truncated archive. */
  @Test
  void theRealJvmTakesTheLaunchersFlags() throws Exception {
    launch(Map.of(), "analyze", "--period", "2025");
    List<List<String>> logged = calls();
    Path archive = home.resolve("probe.jsa");
    assertThat(realJava(jvmFlags(logged.get(1), archive))).isZero();
    assertThat(archive).isNotEmptyFile();
    assertThat(realJava(jvmFlags(logged.get(2), archive))).isZero();
    Path truncated = home.resolve("truncated.jsa");
    Files.write(truncated, Arrays.copyOf(Files.readAllBytes(archive), (int) Files.size(archive) / 2));
    assertThat(realJava(jvmFlags(logged.get(2), truncated))).isNotZero();
  }

  /** A logged call's JVM flags, its archive renamed, and {@code -version} for the program. */
  private static List<String> jvmFlags(List<String> call, Path archive) {
    List<String> flags = new ArrayList<>();
    for (String a : call.subList(0, call.indexOf("-jar"))) {
      flags.add(a.startsWith("-XX:ArchiveClassesAtExit=") ? "-XX:ArchiveClassesAtExit=" + archive
          : a.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile=" + archive : a);
    }
    flags.add("-version");
    return flags;
  }

  private int realJava(List<String> flags) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(flags);
    // in its own folder: a JVM that crashes (the truncated archive) leaves hs_err files where it runs
    Process p = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
        .redirectOutput(home.resolve("real-java.log").toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  private int launch(Map<String, String> env, String... args) throws Exception {
    Process p = start(env, args);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue();
  }

  private Process start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of("sh", home.resolve("dangstat").toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("out.log").toFile()));
    builder.environment().remove("DANGSTAT_JAVA_OPTS");
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("CALLS", calls.toString());
    builder.environment().putAll(env);
    return builder.start();
  }

  private List<List<String>> calls() throws IOException {
    List<List<String>> all = new ArrayList<>();
    List<String> call = new ArrayList<>();
    for (String line : Files.readAllLines(calls, StandardCharsets.UTF_8)) {
      if (line.equals("--")) {
        all.add(call);
        call = new ArrayList<>();
      } else {
        call.add(line);
      }
    }
    return all;
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(run)) {
      return files.filter(f -> f.getFileName().toString().startsWith("dangstat.jsa.")).toList();
    }
  }
}
