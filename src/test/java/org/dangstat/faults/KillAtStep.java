package org.dangstat.faults;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Test-only fault injection, on the test classpath through META-INF/spring.factories: when a child
 * run is started with {@code DANGSTAT_TEST_KILL_AT_STEP=<step>}, the process sends itself
 * SIGKILL when that step has done its work and before Spring Batch records it as complete: a
 * real kill -9, no shutdown hook, no rollback from our side. Without the variable it does nothing,
 * and production code knows nothing of it.
 */
public final class KillAtStep implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  static final String ENV = "DANGSTAT_TEST_KILL_AT_STEP";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String step = System.getenv(ENV);
    if (step == null || step.isBlank()) {
      return;
    }
    context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof AbstractStep s && s.getName().equals(step)) {
          s.registerStepExecutionListener(new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution execution) {
              killMyself();
              return null;
            }
          });
        }
        return bean;
      }
    });
  }

  static void killMyself() {
    System.out.println("KILL_AT_STEP " + System.getenv(ENV));
    System.out.flush();
    try {
      new ProcessBuilder("kill", "-9", Long.toString(ProcessHandle.current().pid())).start().waitFor();
      Thread.sleep(60_000);
    } catch (Exception e) {
      Runtime.getRuntime().halt(137);
    }
    Runtime.getRuntime().halt(137);
  }
}
