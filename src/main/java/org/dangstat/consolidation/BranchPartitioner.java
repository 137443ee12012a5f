package org.dangstat.consolidation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the inbox between worker threads by branch code (the file name up to its first
 * {@code _}). All files of one branch go to one worker, in the inbox's order, so a newer file for
 * a branch and period still supersedes the older one, and two workers never touch one branch.
 */
final class BranchPartitioner implements Partitioner {

  static final String PARTITION = "partition";
  static final String PARTITIONS = "partitions";

  @Override
  public Map<String, ExecutionContext> partition(int gridSize) {
    Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
    for (int i = 0; i < gridSize; i++) {
      var context = new ExecutionContext();
      context.putInt(PARTITION, i);
      context.putInt(PARTITIONS, gridSize);
      contexts.put("partition" + i, context);
    }
    return contexts;
  }

  /** Whether {@code file} belongs to worker {@code partition} of {@code partitions}. */
  static boolean owns(InboxFile file, int partition, int partitions) {
    String name = file.fileName();
    int cut = name.indexOf('_');
    String branch = (cut > 0 ? name.substring(0, cut) : name).toUpperCase(Locale.ROOT);
    return Math.floorMod(branch.hashCode(), partitions) == partition;
  }
}
