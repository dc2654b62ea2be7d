package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Two completions of the same task at once: the one that loses can trip over the case having moved on in ways that
 * are not the engine's usual "task gone" (its execution already waits at the next step: the engine's
 * NullPointerException, or an engine exception of another kind). Answered as for a task that is gone: 409 to a
 * caller who sees it completed in history, else 404; a task that exists, or another request, keeps Camunda's answer.
 */
class EngineUnexpectedErrorMapperTest {

  /** The engine's own exception when a completion signals an execution that has already moved on. */
  static final NullPointerException MOVED_ON =
      new NullPointerException("Cannot invoke \"String.equals(Object)\" because \"activityInstanceId\" is null");

  static void completing(String taskId) {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(
        new MockHttpServletRequest("POST", "/engine-rest/task/" + taskId + "/complete")));
  }

  @AfterEach
  void noRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  static EngineUnexpectedErrorMapper mapper(boolean exists, boolean visible) {
    return new EngineUnexpectedErrorMapper(new TaskGone(id -> exists, id -> visible));
  }

  static Object message(Response response) {
    return ((Map<?, ?>) response.getEntity()).get("message");
  }

  @Test
  void aCompletionThatLostTheRaceAnswers409ToOneWhoSeesTheTaskCompleted() {
    completing("t1");
    Response response = mapper(false, true).toResponse(MOVED_ON);
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(message(response)).isEqualTo(EngineRestErrorMapper.ALLEREDE_FULLFORT);
  }

  @Test
  void aCompletionOfATaskTheCallerCannotSeeAnswers404() {
    completing("t1");
    Response response = mapper(false, false).toResponse(MOVED_ON);
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(message(response)).isEqualTo(EngineRestErrorMapper.FANT_IKKE);
  }

  @Test
  void aTaskThatStillExistsOrAnotherRequestKeepsCamundasAnswer() {
    completing("t1");
    assertThat(mapper(true, true).toResponse(MOVED_ON).getStatus()).isEqualTo(500);
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(
        new MockHttpServletRequest("GET", "/engine-rest/task/t1/variables")));
    assertThat(mapper(false, true).toResponse(MOVED_ON).getStatus()).isEqualTo(500);
  }

  @Test
  void anEngineExceptionOnACompletionThatLostTheRaceIsAnsweredTheSameWay() {
    completing("t1");
    ProcessEngineException gone = new ProcessEngineException("execution e1 doesn't exist");
    TaskGone taskGone = new TaskGone(id -> false, id -> true);
    assertThat(new EngineTenantRefusalMapper(taskGone).toResponse(gone).getStatus()).isEqualTo(409);
    TaskGone taskExists = new TaskGone(id -> true, id -> true);
    assertThat(new EngineTenantRefusalMapper(taskExists).toResponse(gone).getStatus()).isEqualTo(500);
    // Another municipality's object stays a plain 404.
    RequestContextHolder.resetRequestAttributes();
    ProcessEngineException tenant =
        new ProcessEngineException("Cannot get task t9: " + EngineRestErrorMapper.TENANT_REFUSAL);
    assertThat(new EngineTenantRefusalMapper(taskExists).toResponse(tenant).getStatus()).isEqualTo(404);
  }
}
