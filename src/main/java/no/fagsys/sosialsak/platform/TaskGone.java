package no.fagsys.sosialsak.platform;

import jakarta.ws.rs.core.Response;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The engine APIs' answer to a completion of a task that no longer exists, for every error mapper: a completion that
 * failed because someone else completed the task meanwhile, whatever the engine tripped over on the way (no task, no
 * grant, the case's variables gone, an execution that had already moved on to the next step), is answered as a task
 * that is gone ({@link EngineRestErrorMapper#gone}: 409 to a caller who can see it was completed, else 404).
 *
 * @param taskExists whether a task exists (looked up without any check)
 * @param completedVisibleToCaller whether the calling user can see in history that the task was completed (the
 *     history query under the caller's authorizations and tenants)
 */
public record TaskGone(Predicate<String> taskExists, Predicate<String> completedVisibleToCaller) {

  private static final Pattern TASK_COMMAND = Pattern.compile(".*/task/([^/]+)/(complete|submit-form|resolve)$");

  /** The answer when the request being answered completes a task that is gone, else {@code null}. */
  Response ofRequest() {
    String task = taskOfRequest();
    return task == null ? null : of(task);
  }

  /** The answer when the task is gone, else {@code null}. */
  Response of(String taskId) {
    return taskExists.test(taskId) ? null : EngineRestErrorMapper.gone(taskId, completedVisibleToCaller);
  }

  /** The task of the engine API request being answered, when it is a completion of a task; else null. */
  private static String taskOfRequest() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      Matcher matcher = TASK_COMMAND.matcher(attributes.getRequest().getRequestURI());
      if (matcher.matches()) {
        return matcher.group(1);
      }
    }
    return null;
  }
}
