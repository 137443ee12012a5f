package org.dangstat.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dangstat.core.Period;

/** The name of a branch file, {@code <branch_code>_<period>.csv|.xlsx}. */
public record InboxFileName(String branchCode, Period period, String extension) {

  private static final Pattern NAME =
      Pattern.compile("([A-Za-z0-9-]+)_(\\d{4}[Qq][1-4])\\.(csv|xlsx)", Pattern.CASE_INSENSITIVE);

  public static Optional<InboxFileName> parse(String fileName) {
    var m = NAME.matcher(fileName.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Period.parse(m.group(2))
        .map(p -> new InboxFileName(m.group(1), p, m.group(3).toLowerCase(Locale.ROOT)));
  }
}
