package org.dangstat.consolidation;

/** A partition of the unfinished run is still being loaded by a live worker: resuming must wait. */
public final class PartitionStillRunningException extends IllegalStateException {

  PartitionStillRunningException(String partition) {
    super("工作进程仍在处理上次运行的分区 " + partition + "，请等它完成后再运行（PARTITION_STILL_RUNNING）");
  }
}
