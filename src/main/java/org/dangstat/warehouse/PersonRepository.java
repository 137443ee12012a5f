package org.dangstat.warehouse;

import static org.dangstat.warehouse.jooq.Tables.PERSON;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;
import static org.dangstat.warehouse.jooq.Tables.SUBMISSION;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The registry of people, by keyed hash: filled set-based from each accepted snapshot. */
@Repository
public class PersonRepository {

  private final DSLContext dsl;

  PersonRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  /**
   * Registers the people of every accepted snapshot not registered yet, in one set-based statement
   * at the end of a run (per file it cost more than loading the rows), and marks those snapshots.
   * Pending work of a run that died and was never resumed is picked up by the next run.
   */
  public int registerNewPeople() {
    var pending = SUBMISSION.PEOPLE_REGISTERED.isFalse().and(SUBMISSION.STATUS.ne("rejected"))
        .and(SUBMISSION.KIND.eq("branch"));
    int added = dsl.insertInto(PERSON, PERSON.PERSON_KEY, PERSON.ID_MASKED, PERSON.SEX, PERSON.BIRTH_DATE,
            PERSON.FIRST_SEEN_IN)
        .select(dsl.select(PERSON_SNAPSHOT.PERSON_KEY, DSL.min(PERSON_SNAPSHOT.ID_MASKED),
                DSL.min(PERSON_SNAPSHOT.SEX), DSL.min(PERSON_SNAPSHOT.BIRTH_DATE),
                DSL.min(PERSON_SNAPSHOT.SUBMISSION_ID))
            .from(PERSON_SNAPSHOT)
            .join(SUBMISSION).on(SUBMISSION.ID.eq(PERSON_SNAPSHOT.SUBMISSION_ID))
            .where(pending)
            .groupBy(PERSON_SNAPSHOT.PERSON_KEY))
        .onConflictDoNothing()
        .execute();
    dsl.update(SUBMISSION).set(SUBMISSION.PEOPLE_REGISTERED, true).where(pending).execute();
    return added;
  }
}
