package no.fagsys.sosialsak.platform;

import jakarta.ws.rs.core.FeatureContext;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * The same answers to refusals on the webapps' engine API ({@code /camunda/api/engine}, what Tasklist and Cockpit
 * call) as on {@code /engine-rest}: a business refusal (the product's validation, four eyes, a decision's missing
 * input) is a 400 with only the Norwegian sentence, another municipality's object a 404, a task someone else completed
 * a 409 — not Camunda's 500 with "ENGINE-03051 There was an exception while invoking the TaskListener …". The webapps'
 * JAX-RS applications are Camunda's own classes, so the mappers join them through Jersey's auto-discovery (this class
 * is listed in {@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}); an application
 * that already has them ({@code /engine-rest}, {@link EngineRestErrorConfiguration}) is left as it is.
 */
public class WebappEngineErrors implements ForcedAutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (context.getConfiguration().isRegistered(EngineRestErrorMapper.class)) {
      return;
    }
    Predicate<String> taskExists = taskId -> {
      ProcessEngine engine = EngineUtil.lookupProcessEngine(ProcessEngines.NAME_DEFAULT);
      return engine != null && TaskGoneAuthorizationMapper.in(engine).test(taskId);
    };
    TaskGone taskGone = new TaskGone(taskExists, TaskGoneAuthorizationMapper::completedVisibleToCaller);
    context.register(new EngineRestErrorMapper(taskGone));
    context.register(new TaskGoneAuthorizationMapper(taskGone));
    context.register(new EngineTenantRefusalMapper(taskGone));
    context.register(new EngineUnexpectedErrorMapper(taskGone));
  }
}
