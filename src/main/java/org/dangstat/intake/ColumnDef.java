package org.dangstat.intake;

import java.util.List;

/** One column of a template: its English key, Chinese header, other accepted headers. */
record ColumnDef(int index, String key, String label, boolean required, List<String> aliases) {}
