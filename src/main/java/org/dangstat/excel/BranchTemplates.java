package org.dangstat.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.dangstat.core.Period;
import org.dangstat.excel.TemplateRepository.BranchSnapshot;
import org.dangstat.intake.BranchFileReader;
import org.dangstat.intake.Issue;
import org.dangstat.intake.PersonRow;
import org.dangstat.intake.RowSink;
import org.springframework.stereotype.Component;

/**
 * The XLSX a branch clerk fills in for a period, prefilled from the branch's last accepted
 * snapshot. The warehouse keeps only a keyed hash of each 身份证号, so the people are read back from
 * the archived original (owner-only, like the template folder); people who left in an earlier
 * year are dropped, since a snapshot lists only this year's leavers.
 */
@Component
public class BranchTemplates {

  /** One template written: where, and how many people it was prefilled with (null: nothing to prefill). */
  public record Written(String branchCode, Path file, Integer prefilled, String fromPeriod) {}

  private final TemplateRepository repository;

  BranchTemplates(TemplateRepository repository) {
    this.repository = repository;
  }

  public List<BranchSnapshot> branches(Period period) {
    return repository.branches(period);
  }

  /** Writes {@code <dir>/<code>_<period>.xlsx}, the name the clerk sends it back under. */
  public Written write(BranchSnapshot branch, Period period, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    Path file = dir.resolve(branch.code() + "_" + period + ".xlsx");
    List<PersonRow> people = null;
    if (branch.archivePath() != null && Files.isReadable(Path.of(branch.archivePath()))) {
      people = stillInTheYear(read(Path.of(branch.archivePath()), Period.parse(branch.period()).orElseThrow()),
          period.year());
    }
    TemplateWorkbook.write(branch.code(), branch.name(), period, people == null ? List.of() : people, file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); // full ID numbers
    return new Written(branch.code(), file, people == null ? null : people.size(), branch.period());
  }

  private static List<PersonRow> read(Path original, Period itsPeriod) {
    List<PersonRow> rows = new ArrayList<>();
    new BranchFileReader().read(original, itsPeriod, new RowSink() {
      @Override
      public void row(PersonRow row) {
        rows.add(row);
      }

      @Override
      public void issue(Issue issue) {
        // it was accepted: its warnings were reported when it came in
      }
    });
    return rows;
  }

  static List<PersonRow> stillInTheYear(List<PersonRow> people, int year) {
    return people.stream().filter(p -> p.leftOn() == null || p.leftOn().getYear() >= year).toList();
  }
}
