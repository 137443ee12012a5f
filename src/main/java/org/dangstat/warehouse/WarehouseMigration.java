package org.dangstat.warehouse;

import java.sql.SQLException;
import org.flywaydb.core.api.FlywayException;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway on start, on dangstat's schemas only (the history in {@link MigrationHistory#SCHEMA}), with
 * an old history in {@code public} moved first; its failures reach people as a Chinese message
 * with a stable code ({@link SetupFailure}), never as Flyway's English exception.
 */
@Configuration
class WarehouseMigration {

  @Bean
  FlywayMigrationStrategy migrateOwnSchemasOnly() {
    return flyway -> {
      try {
        MigrationHistory.moveFromPublic(flyway.getConfiguration().getDataSource());
        flyway.migrate();
      } catch (SQLException e) {
        throw SetupFailure.of(e);
      } catch (FlywayException e) {
        throw SetupFailure.migration(e);
      }
    };
  }
}
