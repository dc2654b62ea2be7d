package no.fagsys.sosialsak.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * The engine REST API answers an engine exception thrown outside a wrapped command (for example reading another
 * municipality's task variables) with HTTP 500 and the engine's message, which names the object and says that it
 * exists in another tenant. This answers such a tenant refusal 404 like {@link EngineRestErrorMapper} does, without
 * saying why. A completion of a task that someone else completed meanwhile is answered as a task that is gone
 * ({@link TaskGone}): the engine can trip over the case having moved on with an engine exception of any kind. Any
 * other engine exception goes to Camunda's handler unchanged.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class EngineTenantRefusalMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
  private final TaskGone taskGone;

  public EngineTenantRefusalMapper(TaskGone taskGone) {
    this.taskGone = taskGone;
  }

  @Override
  public Response toResponse(ProcessEngineException exception) {
    Response gone = taskGone.ofRequest();
    if (gone != null) {
      return gone;
    }
    if (EngineRestErrorMapper.refusedByTenantCheck(exception)) {
      return EngineRestErrorMapper.notFound();
    }
    return camunda.toResponse(exception);
  }
}
