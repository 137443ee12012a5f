package org.dangstat.warehouse;

import static org.dangstat.warehouse.jooq.Tables.PERSON;
import static org.dangstat.warehouse.jooq.Tables.PERSON_SNAPSHOT;

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

  /** Registers the people of a snapshot not seen before; returns how many were new. */
  public int registerNewPeople(long submissionId) {
    return dsl.insertInto(PERSON, PERSON.PERSON_KEY, PERSON.ID_MASKED, PERSON.SEX, PERSON.BIRTH_DATE,
            PERSON.FIRST_SEEN_IN)
        .select(dsl.selectDistinct(PERSON_SNAPSHOT.PERSON_KEY, PERSON_SNAPSHOT.ID_MASKED,
                PERSON_SNAPSHOT.SEX, PERSON_SNAPSHOT.BIRTH_DATE, DSL.val(submissionId))
            .from(PERSON_SNAPSHOT)
            .where(PERSON_SNAPSHOT.SUBMISSION_ID.eq(submissionId)))
        .onConflictDoNothing()
        .execute();
  }
}
