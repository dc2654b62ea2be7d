package no.fagsys.sosialsak.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * What no other of the engine REST API's mappers answers, because it is not an engine exception: e.g. the engine's
 * NullPointerException when a completion signals an execution that a concurrent completion of the same task has
 * already moved on to the next step. A completion of a task that is gone is answered as such ({@link TaskGone}: 409
 * to a caller who sees it completed, else 404); anything else goes to Camunda's handler unchanged (500).
 */
@Provider
@Priority(Priorities.USER - 1000)
public class EngineUnexpectedErrorMapper implements ExceptionMapper<Throwable> {

  private final ExceptionHandler camunda = new ExceptionHandler();
  private final TaskGone taskGone;

  public EngineUnexpectedErrorMapper(TaskGone taskGone) {
    this.taskGone = taskGone;
  }

  @Override
  public Response toResponse(Throwable exception) {
    Response gone = taskGone.ofRequest();
    return gone != null ? gone : camunda.toResponse(exception);
  }
}
