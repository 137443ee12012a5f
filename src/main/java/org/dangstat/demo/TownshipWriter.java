package org.dangstat.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.dangstat.core.Period;
import org.dangstat.intake.IdNumbers;

/**
 * Writes the whole township: orgunits.csv, then branch by branch (in code order, each with its
 * own random stream) five quarterly snapshots cut from one simulated history, then the files the
 * loader must ignore. Only one branch's people are in memory at a time.
 */
final class TownshipWriter {

  private final Path inbox;
  private final DemoOptions options;
  private final List<String> files = new ArrayList<>();
  private final Map<String, String> formats = new TreeMap<>();
  private final List<DemoManifest.Mistake> mistakes = new ArrayList<>();
  private final List<DemoManifest.Conflict> conflicts = new ArrayList<>();
  private final List<DemoManifest.ProcedureSlip> slips = new ArrayList<>();
  private final List<DemoManifest.Inconsistency> inconsistencies = new ArrayList<>();
  private Inconsistencies planted;
  private int people;
  private int membersStart;
  private int membersEnd;

  TownshipWriter(Path inbox, DemoOptions options) {
    this.inbox = inbox;
    this.options = options;
  }

  DemoManifest write() throws IOException {
    Files.createDirectories(inbox);
    var random = new SplittableRandom(options.seed());
    var profiles = CategoryProfile.load();
    var names = PersonalNames.load();
    var factory = new PersonFactory(names, new IdAllocator());
    List<OrgUnit> units = OrgTreePlan.build(profiles, options.branches(), options.people(), random.split());
    OrgUnitsFile.write(inbox.resolve("orgunits.csv"), units);
    files.add("orgunits.csv");
    List<OrgUnit> branches = units.stream().filter(OrgUnit::isBranch).toList();
    var plan = new Deliberate(branches, options.year(), options.csvOnly(), random.split());
    planted = new Inconsistencies(options.year());
    Person transferred = null;
    for (int i = 0; i < branches.size(); i++) {
      OrgUnit branch = branches.get(i);
      var branchRandom = new SplittableRandom(options.seed() * 1_000_003L + i);
      FileStyle style = plan.styleFor(i, branchRandom);
      List<Person> history = new BranchSimulation(branch, options.year(), factory, names, branchRandom, plan.slipsFor(i))
          .run(plan.rareLeavesFor(i), e -> slips.add(new DemoManifest.ProcedureSlip(branch.code(),
              e.slip().rule, IdNumbers.mask(e.person().idNumber), e.slip().description)));
      if (i == plan.transferFrom) {
        transferred = CrossBranchTransfer.leave(history, plan.transferDate, branches.get(plan.transferTo));
      }
      if (i == plan.transferTo && transferred != null) {
        history.add(CrossBranchTransfer.arrive(transferred, plan.transferDate, branches.get(plan.transferFrom)));
        conflicts.add(new DemoManifest.Conflict(IdNumbers.mask(transferred.idNumber), branches.get(plan.transferFrom).code(),
            branch.code(), options.year() + "Q3", "已于" + plan.transferDate + "转入" + branch.name()
                + "，但原支部的" + options.year() + "Q3名册漏填离开日期（Q4已补填）"));
      }
      writeSnapshots(i, branch, style, history, plan, transferred);
    }
    IgnoredFiles.write(inbox, branches.get(0).code(), options.year());
    return new DemoManifest(inbox, options.seed(), options.year(), branches.size(), List.copyOf(files.stream().sorted().toList()),
        IgnoredFiles.names(branches.get(0).code(), options.year()), Map.copyOf(formats), people, membersStart,
        membersEnd, List.copyOf(mistakes), List.copyOf(conflicts), List.copyOf(slips), List.copyOf(inconsistencies));
  }

  private void writeSnapshots(int i, OrgUnit branch, FileStyle style, List<Person> history, Deliberate plan,
      Person transferred) throws IOException {
    var first = options.latestOnly() ? new Period(options.year(), 4) : new Period(options.year() - 1, 4);
    for (Period period = first; period.year() <= options.year(); period = next(period)) {
      String file = branch.code() + "_" + period + style.format().extension();
      List<Person> rows = Snapshot.cut(history, period);
      if (i == plan.transferFrom && period.equals(new Period(options.year(), 3))) {
        CrossBranchTransfer.forget(rows, transferred);
      }
      Spoiler.spoil(plan, i, period, file, rows, mistakes::add);
      if (!options.latestOnly()) { // one period (the benchmark's) has nothing earlier to disagree with
        planted.plant(branch.code(), period, rows, plan.spoilsOrMoves(i), transferred, inconsistencies::add);
      }
      String title = branch.name() + " " + period.year() + "年第" + ChineseNumerals.of(period.quarter()) + "季度 党员及发展对象名册";
      try (var writer = SnapshotWriter.open(inbox.resolve(file), style, title)) {
        for (Person p : rows) {
          writer.row(Columns.values(p, style));
          if (p.idAsNumber && writer instanceof XlsxSnapshotWriter xlsx) {
            xlsx.numericId(p.idNumber);
          }
        }
      }
      files.add(file);
      formats.put(file, style.describe());
      if (period.equals(first)) {
        membersStart += Snapshot.members(rows);
      }
      if (period.quarter() == 4 && period.year() == options.year()) {
        people += rows.size();
        membersEnd += Snapshot.members(rows);
      }
    }
  }

  private static Period next(Period p) {
    return p.quarter() == 4 ? new Period(p.year() + 1, 1) : new Period(p.year(), p.quarter() + 1);
  }
}
