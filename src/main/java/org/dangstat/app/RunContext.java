package org.dangstat.app;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What the command line hands every job besides its job parameters: where local files live, the
 * person-hash key and the console (quiet or not). Registered as a bean before the context starts;
 * what a job makes of the console (consolidation's running tally) is that job's own bean.
 */
public record RunContext(Path dataDir, byte[] idKey, PrintStream console, boolean quiet) {}
