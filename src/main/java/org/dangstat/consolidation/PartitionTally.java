package org.dangstat.consolidation;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What a remote worker saw of its partition that the warehouse does not record (unchanged, ignored,
 * too new and unreadable files, notes), kept in the partition's execution context, which the job repository
 * stores beside its status: the manager reads it back and prints the same summary as a local run.
 * A worker JVM runs one partition at a time, so its tally is the partition's.
 */
final class PartitionTally implements StepExecutionListener {

  private static final String UNCHANGED = "dangstat.unchanged";
  private static final String IGNORED = "dangstat.ignored";
  private static final String NOTES = "dangstat.notes";
  private static final String TOO_NEW = "dangstat.tooNew";
  private static final String UNREADABLE = "dangstat.unreadable";

  private final RunTally tally;

  PartitionTally(RunTally tally) {
    this.tally = tally;
  }

  @Override
  public void beforeStep(StepExecution stepExecution) {
    tally.reset(); // a partition taken over starts its share again: count it once, as a local run does
  }

  @Override
  public ExitStatus afterStep(StepExecution stepExecution) {
    ExecutionContext context = stepExecution.getExecutionContext();
    context.putInt(UNCHANGED, tally.unchangedFiles());
    context.putString(IGNORED, String.join("\n", tally.ignoredFiles()));
    context.putString(NOTES, String.join("\n", tally.notes()));
    context.putString(TOO_NEW, String.join("\n", tally.tooNewFiles()));
    context.putString(UNREADABLE, String.join("\n", tally.unreadableFiles()));
    return null;
  }

  /** Adds what the worker of {@code partition} recorded to the manager's tally. */
  static void absorb(StepExecution partition, RunTally into) {
    ExecutionContext context = partition.getExecutionContext();
    if (!context.containsKey(UNCHANGED)) {
      return;
    }
    into.absorb(context.getInt(UNCHANGED), lines(context.getString(IGNORED, "")), lines(context.getString(NOTES, "")),
        lines(context.getString(TOO_NEW, "")), lines(context.getString(UNREADABLE, "")));
  }

  private static List<String> lines(String joined) {
    return joined.isEmpty() ? List.of() : new ArrayList<>(List.of(joined.split("\n")));
  }
}
