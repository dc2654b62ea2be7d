package no.fagsys.sosialsak.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * The engine REST API answers an engine exception thrown outside a wrapped command (for example reading another
 * municipality's task variables) with HTTP 500 and the engine's message, which names the object and says that it
 * exists in another tenant. This answers such a tenant refusal 404 like {@link EngineRestErrorMapper} does, without
 * saying why; any other engine exception goes to Camunda's handler unchanged.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class EngineTenantRefusalMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    if (EngineRestErrorMapper.refusedByTenantCheck(exception)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "InvalidRequestException");
      body.put("message", EngineRestErrorMapper.FANT_IKKE);
      body.put("code", 0);
      return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
    return camunda.toResponse(exception);
  }
}
