package org.dangstat.consolidation;

import java.time.OffsetDateTime;
import org.dangstat.core.Period;

/** What is known of a file before it is read. */
record NewSubmission(
    Long jobInstanceId, String kind, String fileName, String inboxPath, String branchCode,
    Period period, String contentHash, long sizeBytes, OffsetDateTime fileModifiedAt) {}
