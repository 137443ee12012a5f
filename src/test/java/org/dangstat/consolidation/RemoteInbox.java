package org.dangstat.consolidation;

import static org.dangstat.support.Township.id;
import static org.dangstat.support.Township.member;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.support.Township;

/**
 * A township of 60 branches, five quarters each (300 small files), with what a real inbox has: a
 * rejected file, a file of an unknown branch, a newer file superseding an older one, a person
 * active in two branches, an ignored README; and in each of the remote run's partitions one big
 * file that is loaded last, so that a worker is still busy with its partition after its first
 * transactions committed.
 */
final class RemoteInbox {

  static final int BRANCHES = 60;
  private static final int PEOPLE = 8;
  private static final int BIG_ROWS = 5_000;
  private static final String[] PERIODS = {"2025Q1", "2025Q2", "2025Q3", "2025Q4", "2026Q1"};

  private final Township township;
  private final Instant start = Instant.now().minus(2, ChronoUnit.DAYS);
  private int files;

  private RemoteInbox(Path inbox) {
    township = new Township(inbox);
  }

  static Path write(Path inbox, int partitions) throws IOException {
    var r = new RemoteInbox(inbox);
    List<String> tree = new ArrayList<>(List.of("组织代码,组织名称,上级代码,组织层级,组织类别", "RP,远程测试镇党委,,党委,"));
    for (int b = 1; b <= BRANCHES; b++) {
      tree.add(code(b) + ",第" + b + "党支部,RP,党支部," + (b % 3 == 0 ? "非公企业" : "农村"));
    }
    r.write("orgunits.csv", tree);
    for (String period : PERIODS) {
      for (int b = 1; b <= BRANCHES; b++) {
        List<String> rows = people(b);
        if (b == 2 && period.equals("2026Q1")) {
          rows.add(member(person(1, 0), "跨支部")); // also active in RP-001: a cross-branch conflict
        }
        if (b == 3 && period.equals("2025Q2")) {
          String bad = person(3, 1);
          rows.set(1, member(bad.substring(0, 17) + (bad.charAt(17) == '0' ? '1' : '0'), "错号")); // rejected
        }
        r.branch(code(b) + "_" + period + ".csv", rows);
      }
    }
    List<String> later = people(4);
    later.add(member(id("19660606", 901), "新转入"));
    r.branch("later/" + code(4) + "_2026Q1.csv", later); // supersedes the first
    r.branch("ZZ-999_2026Q1.csv", people(5)); // not in the tree: rejected
    Files.writeString(inbox.resolve("README.txt"), "报送说明\n");
    for (int k = 0; k < partitions; k++) {
      r.branch(code(firstBranchOf(k, partitions)) + "_2026Q2.csv", big(k));
    }
    return inbox;
  }

  static String code(int b) {
    return String.format("RP-%03d", b);
  }

  private static String person(int b, int p) {
    return id(String.format("19%02d%02d%02d", 50 + b % 40, 1 + b % 12, 1 + p), p % 2 == 0 ? 11 : 12);
  }

  private static List<String> people(int b) {
    List<String> rows = new ArrayList<>();
    for (int p = 0; p < PEOPLE; p++) {
      rows.add(member(person(b, p), "党员" + b + "-" + p));
    }
    return rows;
  }

  private static List<String> big(int k) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < BIG_ROWS; i++) {
      String birth = String.format("19%02d%02d%02d", 50 + i % 40, 1 + (i / 40) % 12, 1 + (i / 480) % 28);
      rows.add(member(id(birth, 501 + 2 * k + 100 * (i / 13_440)), "大" + k + "-" + i));
    }
    return rows;
  }

  private static int firstBranchOf(int partition, int partitions) {
    for (int b = 1; b <= BRANCHES; b++) {
      String name = code(b) + "_2026Q2.csv";
      if (BranchPartitioner.owns(new InboxFile(Path.of(name), name, name, 0, Instant.EPOCH), partition, partitions)) {
        return b;
      }
    }
    throw new IllegalStateException("no branch falls in partition " + partition);
  }

  private void branch(String name, List<String> rows) throws IOException {
    township.branchFile(name, rows);
    age(name);
  }

  private void write(String name, List<String> lines) throws IOException {
    township.write(name, java.nio.charset.StandardCharsets.UTF_8, lines);
    age(name);
  }

  /** Oldest first, in the order written: the inbox's order, and so each partition's. */
  private void age(String name) throws IOException {
    Files.setLastModifiedTime(township.inbox().resolve(name), FileTime.from(start.plusSeconds(files++)));
  }
}
