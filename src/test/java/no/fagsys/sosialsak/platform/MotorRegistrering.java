package no.fagsys.sosialsak.platform;

import org.camunda.bpm.BpmPlatform;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each Spring test class: this context's process engine is the one registered as {@code default}. The engine
 * REST API finds the engine by name in the static registry ({@link ProcessEngines}), the webapps' engine API in the
 * platform's container; plain engines ({@code ProcessEngineExtension}) that ran since this context started registered
 * and closed engines under the same name, which leaves the context's engine in neither, and every engine REST call
 * answers 401 (whichever test class happened to start the shared context first). Registered for all Spring tests in
 * {@code META-INF/spring.factories}; {@code angrep.Angrep} did the same for its own classes.
 */
public class MotorRegistrering implements TestExecutionListener, Ordered {

  @Override
  public void beforeTestClass(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
      ProcessEngines.registerProcessEngine(engine);
      // Another cached context's engine may hold the name in the container: the webapps' engine API would then
      // answer from that engine (and its database), not this context's.
      ProcessEngine registrert = BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName());
      if (registrert != engine) {
        if (registrert != null) {
          RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(registrert);
        }
        RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
      }
      webappKjoretider();
    });
  }

  /**
   * Camunda keeps each webapp's runtime (Cockpit, Admin, Tasklist, Welcome) in a static that a stopping application
   * clears; another application of the suite that stopped in this JVM leaves the cached one's webapps without it.
   */
  private static void webappKjoretider() {
    if (org.camunda.bpm.cockpit.Cockpit.getRuntimeDelegate() == null) {
      org.camunda.bpm.cockpit.Cockpit.setCockpitRuntimeDelegate(
          new org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate());
    }
    if (org.camunda.bpm.admin.Admin.getRuntimeDelegate() == null) {
      org.camunda.bpm.admin.Admin.setAdminRuntimeDelegate(new org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate());
    }
    if (org.camunda.bpm.tasklist.Tasklist.getRuntimeDelegate() == null) {
      org.camunda.bpm.tasklist.Tasklist.setTasklistRuntimeDelegate(
          new org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate());
    }
    if (org.camunda.bpm.welcome.Welcome.getRuntimeDelegate() == null) {
      org.camunda.bpm.welcome.Welcome.setRuntimeDelegate(new org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate());
    }
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    // The context is loaded by now (the first class that uses it starts it here).
    beforeTestClass(testContext);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
