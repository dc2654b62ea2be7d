package no.fagsys.sosialsak.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import no.fagsys.sosialsak.platform.dmn.DecisionInputException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine REST API answers any engine exception inside a start, a completion or an evaluation with HTTP 500 and a
 * wrapped message, even when the caller's input was wrong. This answers 400 instead, in the engine REST API's own
 * error shape, when the cause is bad input: a {@link DecisionInputException} (a decision's missing or out-of-range
 * input, named) or a {@link BadUserRequestException} (the product's validation of start variables and forms, naming
 * each field). A command the engine's tenant check refuses (another municipality's task) answers 404 without saying
 * why, so that a caller cannot learn that the object exists; a command on a task that is gone (completed by someone
 * else a moment ago) answers 409 to a caller who can see in history that it was completed, and the same 404 to anyone
 * else. Two changes of the same task or case at the same moment (the engine's
 * {@link OptimisticLockingException}: one commits, the other is rolled back; or the loser meets the winner at one of
 * the product's unique keys first, {@link #samtidigUnikNokkel}) answer 409 with a Norwegian message instead of 500. Anything else goes to Camunda's handler unchanged.
 */
@Provider
@Priority(Priorities.USER - 1000)
public class EngineRestErrorMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();
  private final TaskGone taskGone;

  public EngineRestErrorMapper(TaskGone taskGone) {
    this.taskGone = taskGone;
  }

  @Override
  public Response toResponse(RestException exception) {
    Response gone = taskGone.ofRequest();
    if (gone != null) {
      return gone;
    }
    DecisionInputException input = cause(exception, DecisionInputException.class);
    if (input != null) {
      Map<String, Object> body = body(input);
      body.put("input", input.getInputName());
      return badRequest(body);
    }
    if (refusedByTenantCheck(exception) || taskGone(exception)) {
      // Another municipality's task or case answers exactly as one that does not exist (any more: completed by
      // someone else a moment ago), never confirming that it does.
      return notFound();
    }
    if (cause(exception, OptimisticLockingException.class) != null || samtidigUnikNokkel(exception)) {
      // Two people changed the same task or case at the same moment (e.g. both completed it): the engine let one
      // through and rolled the other back completely.
      return answer(Response.Status.CONFLICT, body("OptimisticLockingException", SAMTIDIG_ENDRING));
    }
    BadUserRequestException badRequest = cause(exception, BadUserRequestException.class);
    if (badRequest != null) {
      return badRequest(body(badRequest));
    }
    return camunda.toResponse(exception);
  }

  /**
   * Whether the command lost a race on one of the product's unique keys (SQLState 23505, the same on H2 and
   * PostgreSQL): two completions of one task that both write the same idempotency key (e.g. the archive's outbox) meet
   * at that key before the engine's own optimistic locking sees them. The other one committed; this one was rolled
   * back completely, as for an {@link OptimisticLockingException}.
   */
  public static boolean samtidigUnikNokkel(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof java.sql.SQLException sql) {
        for (java.sql.SQLException e = sql; e != null; e = e.getNextException()) {
          if ("23505".equals(e.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  public static final String FANT_IKKE =
      "Fant ikke det du ba om. Gjelder det en oppgave, kan den allerede være fullført av noen andre.";
  public static final String SAMTIDIG_ENDRING =
      "Noen andre endret eller fullførte den samme oppgaven eller saken samtidig, og endringen din ble ikke lagret. "
          + "Hent oppgaven på nytt og se om den fortsatt er din å gjøre.";

  static final String ALLEREDE_FULLFORT =
      "Oppgaven er allerede fullført av noen andre, og endringen din ble ikke lagret. Hent oppgavelisten på nytt.";

  /**
   * The answer to a command on a task that no longer exists: 409 with {@link #ALLEREDE_FULLFORT} when the caller can
   * see in history that it was completed (someone else was first), else the 404 that confirms nothing.
   */
  static Response gone(String taskId, Predicate<String> completedVisibleToCaller) {
    if (!completedVisibleToCaller.test(taskId)) {
      return notFound();
    }
    return answer(Response.Status.CONFLICT, body("TaskAlreadyCompleted", ALLEREDE_FULLFORT));
  }

  static Response notFound() {
    return answer(Response.Status.NOT_FOUND, body("InvalidRequestException", FANT_IKKE));
  }

  /**
   * A command on a task that does not exist (any more): the engine says "Cannot find task with id …" with a
   * {@link NullValueException}, which the REST API would answer with 500.
   */
  static boolean taskGone(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof NullValueException && cause.getMessage() != null
          && cause.getMessage().startsWith("Cannot find task with id")) {
        return true;
      }
    }
    return false;
  }

  /** The engine's tenant check refuses a command on another tenant's object with this phrase (CommandLogger). */
  public static final String TENANT_REFUSAL = "belongs to no authenticated tenant";

  static boolean refusedByTenantCheck(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause.getMessage() != null && cause.getMessage().contains(TENANT_REFUSAL)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Object> body(Exception cause) {
    return body(cause.getClass().getSimpleName(), cause.getMessage());
  }

  /** The engine REST API's own error shape: {@code type}, {@code message}, {@code code}. */
  private static Map<String, Object> body(String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", 0);
    return body;
  }

  private static Response badRequest(Map<String, Object> body) {
    return answer(Response.Status.BAD_REQUEST, body);
  }

  private static Response answer(Response.Status status, Map<String, Object> body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
