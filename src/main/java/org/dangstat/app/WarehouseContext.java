package org.dangstat.app;

import java.util.HashMap;
import java.util.Map;
import org.dangstat.consolidation.RunContext;
import org.dangstat.warehouse.DatabaseSettings;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring context for a command on a given database; Flyway migrates it on start. */
public final class WarehouseContext {

  private WarehouseContext() {}

  public static ConfigurableApplicationContext start(DatabaseSettings db, RunContext run) {
    SpringApplication app = new SpringApplication(DangstatApplication.class);
    app.setBannerMode(Banner.Mode.OFF);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setLogStartupInfo(false);
    app.setRegisterShutdownHook(false);
    Map<String, Object> props = new HashMap<>();
    props.put("spring.datasource.url", db.url());
    props.put("spring.datasource.username", db.user() == null ? "" : db.user());
    props.put("spring.datasource.password", db.password() == null ? "" : db.password());
    props.put("spring.datasource.hikari.maximum-pool-size", "6");
    props.put("spring.datasource.hikari.pool-name", "dangstat");
    // jit off for every session: compiling each of the few big queries cost more than it saved
    // on a million rows (docs/performance.md).
    props.put("spring.datasource.hikari.data-source-properties.options", "-c jit=off");
    props.put("spring.flyway.locations", "classpath:db/migration");
    props.put("spring.jooq.sql-dialect", "POSTGRES");
    props.put("spring.batch.job.enabled", "false");
    props.put("spring.batch.jdbc.initialize-schema", "never");
    props.put("spring.batch.jdbc.table-prefix", "batch.BATCH_");
    props.put("logging.level.root", "WARN");
    app.setDefaultProperties(props);
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("runContext", run));
    return app.run();
  }
}
