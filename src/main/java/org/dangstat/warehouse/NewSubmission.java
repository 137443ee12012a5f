package org.dangstat.warehouse;

import java.time.OffsetDateTime;
import org.dangstat.core.Period;

/** What is known of a file before it is read. */
public record NewSubmission(
    Long jobInstanceId, String kind, String fileName, String inboxPath, String branchCode,
    Period period, String contentHash, long sizeBytes, OffsetDateTime fileModifiedAt) {}
