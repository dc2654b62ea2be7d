package no.fagsys.sosialsak.platform.dmn;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine REST API wraps a failed decision evaluation as "Exception while evaluating decision with key …" (HTTP
 * 500), hiding which input was wrong. When the cause is a {@link DecisionInputException} this answers 400 with the
 * guard's message naming the input, in the engine REST API's own error shape; anything else goes to Camunda's
 * handler unchanged.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class DecisionInputErrorMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    DecisionInputException input = inputError(exception);
    if (input == null) {
      return camunda.toResponse(exception);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", DecisionInputException.class.getSimpleName());
    body.put("message", input.getMessage());
    body.put("code", 0);
    body.put("input", input.getInputName());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  static DecisionInputException inputError(Throwable exception) {
    for (Throwable cause = exception; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof DecisionInputException input) {
        return input;
      }
    }
    return null;
  }
}
