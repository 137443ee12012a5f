package org.dangstat.consolidation;

import java.util.regex.Pattern;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * How a partition travels over the broker: {@code {"step":"submissionsWorker","stepExecution":42}},
 * plain text rather than Java serialization, so that a message sitting in RabbitMQ can be read by
 * an operator and no class is ever deserialized from the network.
 */
final class PartitionRequests {

  private static final Pattern FORM =
      Pattern.compile("\\{\"step\":\"([A-Za-z0-9_.:-]+)\",\"stepExecution\":(\\d+)}");

  private PartitionRequests() {}

  static String toText(StepExecutionRequest request) {
    return "{\"step\":\"" + request.getStepName() + "\",\"stepExecution\":" + request.getStepExecutionId() + "}";
  }

  /** The request, or null for a message that is not one (it is then dropped, and said so). */
  static StepExecutionRequest parse(String text) {
    var m = FORM.matcher(text.trim());
    return m.matches() ? new StepExecutionRequest(m.group(1), Long.parseLong(m.group(2))) : null;
  }
}
