package org.dangstat.consolidation;

/**
 * A file read in this run and what became of it, ready to be registered.
 *
 * @param id reserved beforehand ({@link SubmissionBatches#reserveIds}): its rows carry it
 * @param accepted whether its snapshot goes into effect (else it is rejected)
 * @param encoding as read, or null if the file was not read
 */
record FiledSubmission(long id, NewSubmission file, boolean accepted, String encoding, int rowsTotal,
    int rowsLoaded, int rowsSkipped, int errors, int warnings, String archivePath, String errorReportPath) {}
