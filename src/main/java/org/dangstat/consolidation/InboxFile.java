package org.dangstat.consolidation;

import java.nio.file.Path;
import java.time.Instant;

/** A file found in the inbox. {@code relativePath} is what reports show. */
record InboxFile(Path path, String relativePath, String fileName, long size, Instant modified) {}
