package org.dangstat.consolidation;

import java.nio.file.Path;

/**
 * What the command line hands the jobs besides job parameters: where local files live, the
 * person-hash key and the console. Registered as a bean before the context starts.
 */
public record RunContext(Path dataDir, byte[] idKey, RunTally tally) {}
