package org.dangstat.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The moments of {@code --as-of}: an ISO date (its last instant) or date-time, local unless an offset is given. */
final class Moments {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Moments() {}

  static OffsetDateTime parse(String text) {
    String t = text.trim();
    ZoneId zone = ZoneId.systemDefault();
    try {
      if (t.length() == 10) {
        return LocalDate.parse(t).atTime(LocalTime.of(23, 59, 59, 999_999_000)).atZone(zone).toOffsetDateTime();
      }
      try {
        return OffsetDateTime.parse(t);
      } catch (DateTimeParseException noOffset) {
        return LocalDateTime.parse(t).atZone(zone).toOffsetDateTime();
      }
    } catch (DateTimeParseException e) {
      throw new CommandFailure(ExitCodes.USAGE, "时间“" + text + "”无效，应为 2026-07-15 或 2026-07-15T18:00（BAD_TIME）");
    }
  }

  static String show(OffsetDateTime t) {
    return t.atZoneSameInstant(ZoneId.systemDefault()).format(SHOWN);
  }
}
