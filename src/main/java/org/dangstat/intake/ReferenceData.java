package org.dangstat.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The versioned code tables of {@code src/main/resources/reference/}, loaded once. Values clerks
 * may write live there, not in code, so the township can extend them without a release.
 */
final class ReferenceData {

  static final ReferenceData INSTANCE = new ReferenceData();

  final List<ColumnDef> branchColumns = columns("branch-columns.csv");
  final List<ColumnDef> orgUnitColumns = columns("orgunit-columns.csv");
  final TermTable ethnicities = new TermTable();
  final TermTable education = table("education.csv");
  final TermTable occupations = table("occupation.csv");
  final TermTable leftReasons = table("left-reasons.csv");
  final TermTable yesNo = table("yes-no.csv");
  final TermTable sexes = table("sex.csv");
  final TermTable orgLevels = table("org-levels.csv");
  /** left reason code → any | members | non_members. */
  final Map<String, String> leftReasonAppliesTo = new HashMap<>();
  /** org category → is a 两新组织 category. */
  final Map<String, Boolean> orgCategories = new HashMap<>();

  private ReferenceData() {
    each("ethnicities.csv", r -> {
      String code = r.get("code");
      String name = r.get("name");
      ethnicities.add(name, code);
      ethnicities.add(name.substring(0, name.length() - 1), code); // without 族
      ethnicities.add(code, code);
      ethnicities.add(String.valueOf(Integer.parseInt(code)), code); // 1 as typed in a number cell
    });
    each("left-reasons.csv", r -> leftReasonAppliesTo.put(r.get("code"), r.get("applies_to")));
    each("org-categories.csv", r -> orgCategories.put(Texts.key(r.get("name")), "yes".equals(r.get("two_new"))));
  }

  private static List<ColumnDef> columns(String file) {
    List<ColumnDef> out = new ArrayList<>();
    each(file, r -> out.add(new ColumnDef(out.size(), r.get("key"), r.get("label"),
        "yes".equals(r.get("required")),
        r.get("aliases").isEmpty() ? List.of() : Arrays.asList(r.get("aliases").split("\\|")))));
    return List.copyOf(out);
  }

  private static TermTable table(String file) {
    TermTable t = new TermTable();
    each(file, r -> {
      t.add(r.get(0), r.get(1));
      t.add(r.get(1), r.get(1)); // the code itself, as another program may write it
    });
    return t;
  }

  private static void each(String file, Consumer<CSVRecord> action) {
    var in = ReferenceData.class.getResourceAsStream("/reference/" + file);
    try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, file), StandardCharsets.UTF_8))) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
        action.accept(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
