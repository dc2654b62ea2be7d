package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.junit.jupiter.api.Test;

/**
 * A refusal on a task that is gone (completed by someone else a moment ago) answers 409 to a caller who sees it
 * completed in history, else 404; on one that exists, 403.
 */
class TaskGoneAuthorizationMapperTest {

  static AuthorizationException refusal(String taskId) {
    return new AuthorizationException("kjell", List.of(
        new MissingAuthorization("TASK_WORK", "Task", taskId),
        new MissingAuthorization("TASK_WORK", "ProcessDefinition", "vedtak")));
  }

  @Test
  void aTaskThatIsGoneAnswers404WithTheNorwegianMessage() {
    Response response =
        new TaskGoneAuthorizationMapper(new TaskGone(id -> false, id -> false)).toResponse(refusal("t1"));
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(((Map<?, ?>) response.getEntity()).get("message")).isEqualTo(EngineRestErrorMapper.FANT_IKKE);
  }

  @Test
  void aTaskTheCallerSeesCompletedInHistoryAnswers409() {
    Response response =
        new TaskGoneAuthorizationMapper(new TaskGone(id -> false, id -> true)).toResponse(refusal("t1"));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(((Map<?, ?>) response.getEntity()).get("message")).isEqualTo(EngineRestErrorMapper.ALLEREDE_FULLFORT);
  }

  @Test
  void aTaskThatExistsStaysForbidden() {
    Response response =
        new TaskGoneAuthorizationMapper(new TaskGone(id -> true, id -> true)).toResponse(refusal("t1"));
    assertThat(response.getStatus()).isEqualTo(403);
  }
}
