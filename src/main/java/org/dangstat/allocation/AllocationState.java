package org.dangstat.allocation;

import java.util.List;
import org.dangstat.core.Period;
import org.springframework.stereotype.Component;

/** What the launcher hands the step and the step hands back (one job per process). */
@Component
class AllocationState {
  AllocationRequest request;
  Period reference;
  Allocation allocation;
  AllocationFiles.Written written;
  List<String> notes;
}
