package org.dangstat.consolidation;

import org.dangstat.intake.InboxFileName;
import org.dangstat.intake.Issue;

/**
 * A file of the inbox after it was identified, and what is to be done with it.
 *
 * @param name the parsed branch and period (LOAD only)
 * @param fileIssue why the whole file is rejected (REJECT only)
 * @param earlierStatus the stored status (DONE_EARLIER only)
 * @param archived the copy in the archive that {@code hash} is of, and that is read (LOAD and REJECT)
 * @param remember the file's stamp, to be recorded with {@code hash} in the chunk's transaction
 *     ({@link ContentHashes}); null when there is nothing new to remember
 */
record TriagedFile(InboxFile file, String hash, Action action, InboxFileName name, Issue fileIssue,
    String earlierStatus, Archive.Ingested archived, FileStamp remember) {

  TriagedFile(InboxFile file, String hash, Action action, InboxFileName name, Issue fileIssue, String earlierStatus) {
    this(file, hash, action, name, fileIssue, earlierStatus, null, null);
  }

  TriagedFile(InboxFile file, String hash, Action action, InboxFileName name, Issue fileIssue,
      String earlierStatus, Archive.Ingested archived) {
    this(file, hash, action, name, fileIssue, earlierStatus, archived, null);
  }

  /** The same, with the stamp under which {@code hash} is to be remembered. */
  TriagedFile remembering(FileStamp stamp) {
    return stamp == null ? this : new TriagedFile(file, hash, action, name, fileIssue, earlierStatus, archived, stamp);
  }

  enum Action {
    /** Read and load a branch snapshot. */
    LOAD,
    /** Register as rejected without reading: bad name, unknown branch, old format. */
    REJECT,
    /** Seen before with the same bytes: nothing to do. */
    UNCHANGED,
    /** Loaded by an earlier, interrupted execution of this same run. */
    DONE_EARLIER,
    /** Not a submission. */
    IGNORED,
    /** The org tree: the tree step handles it. */
    ORG_UNITS,
    /** The job cannot read it (permissions, I/O): listed with the reason, read again next run. */
    UNREADABLE
  }
}
