package org.dangstat.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring context of one command run: Flyway, jOOQ and Spring Batch on the warehouse's
 * DataSource. Started by {@link org.dangstat.cli.Dangstat} after the database is up and locked.
 */
@SpringBootApplication(scanBasePackages = "org.dangstat")
public class DangstatApplication {}
