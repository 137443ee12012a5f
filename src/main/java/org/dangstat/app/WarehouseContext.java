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
    // Session settings for a warehouse's few big queries. work_mem: with the default 4 MB the
    // planner sorted the member cube on disk (it expects 100,000 groups, there are ~300) instead
    // of hashing it, three times the CPU. jit off: compiling each query cost more than it saved
    // on a million rows. Both measured in docs/performance.md.
    props.put("spring.datasource.hikari.data-source-properties.options", "-c work_mem=64MB -c jit=off");
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
