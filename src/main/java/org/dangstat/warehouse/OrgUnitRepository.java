package org.dangstat.warehouse;

import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT;
import static org.dangstat.warehouse.jooq.Tables.ORG_UNIT_VERSION;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangstat.intake.OrgUnitRow;
import org.dangstat.warehouse.jooq.tables.records.OrgUnitVersionRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The organisation tree with its history: a change of name, parent, level or category closes the
 * unit's current version and opens a new one; a unit missing from a new tree file is closed.
 */
@Repository
public class OrgUnitRepository {

  private final DSLContext dsl;

  OrgUnitRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The tree as it stands now, by code. */
  public Map<String, OrgUnitVersionRecord> current() {
    return dsl.selectFrom(ORG_UNIT_VERSION).where(ORG_UNIT_VERSION.VALID_TO.isNull())
        .fetchMap(ORG_UNIT_VERSION.CODE);
  }

  /** Applies a checked tree file; returns how many units changed (new, changed or closed). */
  public int apply(List<OrgUnitRow> units, long submissionId) {
    OffsetDateTime now = OffsetDateTime.now();
    Map<String, OrgUnitVersionRecord> before = current();
    Map<String, OrgUnitRow> after = units.stream()
        .collect(Collectors.toMap(OrgUnitRow::code, Function.identity()));
    int changes = 0;
    for (OrgUnitRow unit : units) {
      OrgUnitVersionRecord old = before.get(unit.code());
      if (old != null && sameAs(old, unit)) {
        continue;
      }
      if (old != null) {
        close(old, now);
      } else {
        dsl.insertInto(ORG_UNIT, ORG_UNIT.CODE, ORG_UNIT.FIRST_SEEN_AT).values(unit.code(), now)
            .onConflict(ORG_UNIT.CODE).doUpdate().setNull(ORG_UNIT.CLOSED_AT).execute();
      }
      insertVersion(unit, submissionId, now);
      changes++;
    }
    for (String gone : difference(before.keySet(), after.keySet())) {
      close(before.get(gone), now);
      dsl.update(ORG_UNIT).set(ORG_UNIT.CLOSED_AT, now).where(ORG_UNIT.CODE.eq(gone)).execute();
      changes++;
    }
    return changes;
  }

  private void insertVersion(OrgUnitRow unit, long submissionId, OffsetDateTime now) {
    OrgUnitVersionRecord v = dsl.newRecord(ORG_UNIT_VERSION);
    v.setCode(unit.code());
    v.setName(unit.name());
    v.setParentCode(unit.parentCode());
    v.setOrgLevel(unit.level());
    v.setLevelLabel(unit.levelLabel());
    v.setCategory(unit.category());
    v.setTwoNew(unit.twoNew());
    v.setValidFrom(now);
    v.setSubmissionId(submissionId);
    v.store();
  }

  private void close(OrgUnitVersionRecord version, OffsetDateTime now) {
    version.setValidTo(now);
    version.store();
  }

  private static boolean sameAs(OrgUnitVersionRecord v, OrgUnitRow u) {
    return Objects.equals(v.getName(), u.name()) && Objects.equals(v.getParentCode(), u.parentCode())
        && Objects.equals(v.getOrgLevel(), u.level()) && Objects.equals(v.getLevelLabel(), u.levelLabel())
        && Objects.equals(v.getCategory(), u.category());
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
