package org.dangstat.demo;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.dangstat.core.Period;
import org.dangstat.intake.InboxFileName;

/**
 * When the demo township's files reach the inbox, so that the demo replays the nightly
 * consolidation over the year as it would really have run: each quarter's files come in
 * together a few days after its end (the tree with the first), and two or three branches send
 * the last quarter late, each for a reason a township hears in January. Same manifest, same
 * schedule: nothing reads the clock.
 */
public final class Deliveries {

  /** The nightly job's hour. */
  static final LocalTime NIGHTLY = LocalTime.of(1, 30);
  /** Days after a quarter's end its files are taken in; the plan's deadline is 10 days by default. */
  static final int ON_TIME_FROM = 3;
  static final int ON_TIME_TO = 8;
  static final int LATE_FROM = 15;
  static final int LATE_TO = 20;
  static final List<String> STORIES = List.of(
      "支部书记年底参加区委党校集中轮训，回来后才整理报送",
      "支部换届，新任组织委员交接名册后才补报",
      "单位年终决算，兼职党务干部无暇整理名册，催报后报送",
      "报送用的电脑故障，名册重新录入后才报送");

  /** One night's run: the files that arrived for it, at {@code at} in the township's time zone. */
  public record Run(LocalDateTime at, Period period, List<String> files) {}

  /** A branch that sent the last quarter after the deadline, and why. */
  public record Late(String branch, String file, LocalDateTime received, String story) {
    @Override
    public String toString() {
      return file + " 于 " + received.toLocalDate() + " 才收到：" + story;
    }
  }

  public record Schedule(List<Run> runs, List<Late> late) {}

  private Deliveries() {}

  public static Schedule plan(DemoManifest m) {
    var random = new SplittableRandom(m.seed() * 1_000_033L + m.year());
    var byPeriod = new TreeMap<Period, List<String>>();
    for (String f : m.files()) {
      InboxFileName.parse(f).ifPresent(n -> byPeriod.computeIfAbsent(n.period(), p -> new ArrayList<>()).add(f));
    }
    Period last = new Period(m.year(), 4);
    List<String> lateFiles = lateFiles(m, byPeriod.getOrDefault(last, List.of()), random);
    List<Run> runs = new ArrayList<>();
    List<Late> late = new ArrayList<>();
    boolean first = true;
    for (var e : byPeriod.entrySet()) {
      List<String> files = new ArrayList<>();
      if (first) {
        files.addAll(m.files().stream().filter(f -> InboxFileName.parse(f).isEmpty()).toList()); // the tree
        files.addAll(m.ignoredFiles()); // a clerk's note and a lock file came along with the first
        first = false;
      }
      e.getValue().stream().filter(f -> !lateFiles.contains(f)).forEach(files::add);
      runs.add(new Run(night(e.getKey(), ON_TIME_FROM, ON_TIME_TO, random), e.getKey(), List.copyOf(files)));
    }
    for (int k = 0; k < lateFiles.size(); k++) {
      String file = lateFiles.get(k);
      LocalDateTime at = night(last, LATE_FROM, LATE_TO, random);
      runs.add(new Run(at, last, List.of(file)));
      late.add(new Late(InboxFileName.parse(file).orElseThrow().branchCode(), file, at, STORIES.get(k % STORIES.size())));
    }
    runs.sort(java.util.Comparator.comparing(Run::at));
    return new Schedule(List.copyOf(runs), List.copyOf(late));
  }

  /**
   * Two or three branches of the last quarter, none that already carries a story of its own (a
   * rejected file, the transfer, a planted cross-period finding), so each tells one.
   */
  private static List<String> lateFiles(DemoManifest m, List<String> lastQuarter, SplittableRandom random) {
    Set<String> busy = new HashSet<>();
    m.mistakeFiles().forEach(f -> InboxFileName.parse(f).ifPresent(n -> busy.add(n.branchCode())));
    m.conflicts().forEach(c -> {
      busy.add(c.fromBranch());
      busy.add(c.toBranch());
    });
    m.inconsistencies().forEach(i -> busy.add(i.branch()));
    List<String> free = new ArrayList<>(lastQuarter.stream()
        .filter(f -> !busy.contains(InboxFileName.parse(f).orElseThrow().branchCode())).sorted().toList());
    if (free.size() < 6) {
      return List.of(); // a tiny township: everyone on time
    }
    Collections.shuffle(free, new java.util.Random(random.nextLong()));
    return List.copyOf(free.subList(0, 2 + random.nextInt(2)).stream().sorted().toList());
  }

  /** The night a quarter's files were taken in: {@code from}..{@code to} days after its end. */
  private static LocalDateTime night(Period p, int from, int to, SplittableRandom random) {
    return p.end().plusDays(from + random.nextInt(to - from + 1)).atTime(NIGHTLY);
  }
}
