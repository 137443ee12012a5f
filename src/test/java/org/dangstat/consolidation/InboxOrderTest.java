package org.dangstat.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox is taken branch and period by branch and period (the night's submission ids then
 * follow the branches, which keeps the later quarters' cross-check cheap), and within one branch
 * and period oldest first, so that the newest file is the one that stays in effect.
 */
class InboxOrderTest {

  @TempDir Path inbox;

  @Test
  void takesFilesSlotBySlotAndEachSlotOldestFirst() throws Exception {
    Instant t = Instant.parse("2026-10-01T00:00:00Z");
    file("CQ-002_2026Q3.csv", t);
    file("new/CQ-001_2026Q3.xlsx", t.plusSeconds(300)); // the newer of two files for one slot
    file("CQ-001_2026Q3.csv", t.plusSeconds(60));
    file("cq-001_2026Q2.csv", t.plusSeconds(900)); // the branch's earlier quarter, sent last
    file("orgunits.csv", t.plusSeconds(30));

    var scan = InboxScanner.scan(inbox, Duration.ZERO, t.plusSeconds(3600));

    assertThat(scan.files()).extracting(InboxFile::relativePath).containsExactly(
        "cq-001_2026Q2.csv", "CQ-001_2026Q3.csv", "new/CQ-001_2026Q3.xlsx", "CQ-002_2026Q3.csv", "orgunits.csv");
  }

  @Test
  void aFileWhoseNameIsNoSlotKeepsItsOwnPlaceByName() {
    assertThat(InboxScanner.slot("CQ-001_2026q3.CSV")).isEqualTo("CQ-001_2026Q3");
    assertThat(InboxScanner.slot("说明.txt")).isEqualTo("说明.TXT");
  }

  private void file(String relative, Instant modified) throws Exception {
    Path p = inbox.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
    Files.setLastModifiedTime(p, FileTime.from(modified));
  }
}
