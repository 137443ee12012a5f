package org.dangstat.integrity;

import static org.dangstat.warehouse.jooq.Tables.FILE_ISSUE;
import static org.dangstat.warehouse.jooq.Tables.PERIOD_LOCK_EVENT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangstat.core.Period;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sealing of published periods (period-checks.md §3), a log of lock and unlock events: a
 * period is locked while its latest event is a lock, and its figures are those as of that lock.
 */
@Repository
public class PeriodLocks {

  public record Event(String period, String action, OffsetDateTime at, String osUser, String reason) {
    public boolean isLock() {
      return "lock".equals(action);
    }
  }

  private final DSLContext dsl;

  PeriodLocks(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** Seals the period now; empty if it was locked already (then nothing changes), else the event. */
  @Transactional
  public Optional<Event> lock(Period period, String reason, String osUser) {
    if (lockedAt(period).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(record(period, "lock", reason, osUser));
  }

  /**
   * Reopens the period; empty if it was not locked. The files rejected because of the lock are
   * released: the next consolidation reads them again if they are still in the inbox.
   */
  @Transactional
  public Optional<Event> unlock(Period period, String reason, String osUser) {
    if (lockedAt(period).isEmpty()) {
      return Optional.empty();
    }
    Event event = record(period, "unlock", reason, osUser);
    var s = SUBMISSION;
    dsl.update(s).set(s.RELEASED_AT, event.at())
        .where(s.KIND.eq("branch").and(s.PERIOD.eq(period.toString())).and(s.STATUS.eq("rejected")))
        .and(s.RELEASED_AT.isNull())
        .andExists(DSL.selectOne().from(FILE_ISSUE).where(FILE_ISSUE.SUBMISSION_ID.eq(s.ID))
            .and(FILE_ISSUE.CODE.eq("PERIOD_LOCKED")))
        .execute();
    return Optional.of(event);
  }

  /** When the period was locked, if it is locked now. */
  public Optional<OffsetDateTime> lockedAt(Period period) {
    return Optional.ofNullable(locked().get(period.toString()));
  }

  /** Every period locked now, with the time of its lock. */
  public Map<String, OffsetDateTime> locked() {
    Map<String, OffsetDateTime> locked = new LinkedHashMap<>();
    for (Event e : events(null)) {
      if (e.isLock()) {
        locked.put(e.period(), e.at());
      } else {
        locked.remove(e.period());
      }
    }
    return locked;
  }

  /** The events of one period (null: all), oldest first. */
  public List<Event> events(Period period) {
    var e = PERIOD_LOCK_EVENT;
    return dsl.selectFrom(e)
        .where(period == null ? DSL.trueCondition() : e.PERIOD.eq(period.toString()))
        .orderBy(e.AT, e.ID)
        .fetch(r -> new Event(r.getPeriod(), r.getAction(), r.getAt(), r.getOsUser(), r.getReason()));
  }

  private Event record(Period period, String action, String reason, String osUser) {
    // whole microseconds, as PostgreSQL keeps them, so the event read back equals the one returned
    OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    var e = PERIOD_LOCK_EVENT;
    dsl.insertInto(e).set(e.PERIOD, period.toString()).set(e.ACTION, action).set(e.AT, now)
        .set(e.OS_USER, osUser).set(e.REASON, reason).execute();
    return new Event(period.toString(), action, now, osUser, reason);
  }
}
