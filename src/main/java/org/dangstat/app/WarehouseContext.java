package org.dangstat.app;

import java.util.HashMap;
import java.util.Map;
import org.dangstat.warehouse.DatabaseSettings;
import org.dangstat.warehouse.MigrationHistory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/** Starts the Spring context for a command on a given database; Flyway migrates it on start. */
public final class WarehouseContext {

  /** An environment with dangstat's own settings and nothing else: no system environment, no system properties. */
  static final class IsolatedEnvironment extends StandardEnvironment {


    IsolatedEnvironment(Map<String, Object> settings) {
      super(sources(settings));
    }

    private static MutablePropertySources sources(Map<String, Object> settings) {
      MutablePropertySources sources = new MutablePropertySources();
      sources.addFirst(new MapPropertySource("dangstat", Map.copyOf(settings)));
      return sources;
    }

    @Override
    protected void customizePropertySources(MutablePropertySources propertySources) {
      // deliberately empty: StandardEnvironment would add systemProperties and systemEnvironment
    }
  }

  private WarehouseContext() {}

  public static ConfigurableApplicationContext start(DatabaseSettings db, RunContext run) {
    return start(db, run, Map.of());
  }

  /** With {@code extra} properties on top (a remote manager's or worker's broker and queue). */
  public static ConfigurableApplicationContext start(DatabaseSettings db, RunContext run, Map<String, Object> extra) {
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
    // Flyway looks at dangstat's own schemas only, and keeps its history in one of them: a
    // database with other tables in public is none of its business (MigrationHistory).
    props.put("spring.flyway.schemas", MigrationHistory.SCHEMA);
    props.put("spring.flyway.default-schema", MigrationHistory.SCHEMA);
    props.put("spring.jooq.sql-dialect", "POSTGRES");
    props.put("spring.batch.job.enabled", "false");
    props.put("spring.batch.jdbc.initialize-schema", "never");
    props.put("spring.batch.jdbc.table-prefix", "batch.BATCH_");
    props.put("logging.level.root", "WARN");
    props.putAll(extra); // a remote manager's or worker's broker and queue
    // Only these settings reach Spring: no SPRING_DATASOURCE_URL inherited from the shell, no
    // application.yml or config/ folder of the working directory, no -D system property may point
    // the DataSource elsewhere than the database the warehouse lock was taken on.
    props.put("spring.config.location", "optional:classpath:/dangstat-none/");
    app.setEnvironment(new IsolatedEnvironment(props));
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("runContext", run));
    return app.run();
  }
}
