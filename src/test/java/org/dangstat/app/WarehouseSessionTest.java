package org.dangstat.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.dangstat.app.RunContext;
import org.dangstat.support.TestDatabase;
import org.dangstat.warehouse.DatabaseSettings;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dangstat's own sessions run with the settings its big queries were measured with. */
class WarehouseSessionTest {

  @TempDir Path tmp;

  @Test
  void sessionsDoNotJitCompile() {
    var run = new RunContext(tmp, new byte[32], new PrintStream(OutputStream.nullOutputStream()), true);
    try (var context = WarehouseContext.start(new DatabaseSettings(TestDatabase.fresh(), null, null), run)) {
      DSLContext dsl = context.getBean(DSLContext.class);
      assertThat(dsl.fetchValue("show jit")).isEqualTo("off");
    }
  }
}
