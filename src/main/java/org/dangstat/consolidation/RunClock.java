package org.dangstat.consolidation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * What "now" is for one consolidation run: when its files were received and registered, the day
 * of loading a date may not lie after (DATE_IN_FUTURE), the moment --min-age counts back from. It
 * is the job parameter {@code now} when an in-process caller gives one (the demo replays a year of
 * nightly runs), else the moment the run was launched, so that every file of a run shares it.
 */
record RunClock(OffsetDateTime now) {

  static final String PARAMETER = "now";

  /**
   * @param parameter the job parameter, an ISO instant or offset date-time, or null
   * @param launched when the job execution started (the real clock), or null if not known
   */
  static RunClock of(String parameter, LocalDateTime launched) {
    OffsetDateTime now = parameter != null && !parameter.isBlank() ? OffsetDateTime.parse(parameter)
        : launched != null ? launched.atZone(ZoneId.systemDefault()).toOffsetDateTime() : OffsetDateTime.now();
    // whole microseconds, as PostgreSQL keeps them
    return new RunClock(now.truncatedTo(ChronoUnit.MICROS));
  }

  Instant instant() {
    return now.toInstant();
  }

  /** The day of loading, in the township's time zone. */
  LocalDate today() {
    return now.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
  }
}
