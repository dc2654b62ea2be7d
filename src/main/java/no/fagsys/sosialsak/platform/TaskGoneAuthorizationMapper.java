package no.fagsys.sosialsak.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * A command on a task that was completed by someone else a moment ago can fail the authorization check instead of
 * finding no task (the task's grants went with it): the engine REST API would answer 403 with an English list of
 * permissions. When the task the refusal names no longer exists, this answers as for a task that is gone
 * ({@link EngineRestErrorMapper#gone}: 409 to a caller who can see it was completed, else 404). A refusal on a task that exists stays Camunda's 403.
 */
@Priority(Priorities.USER - 1000)
public class TaskGoneAuthorizationMapper implements ExceptionMapper<AuthorizationException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
  private final TaskGone taskGone;

  public TaskGoneAuthorizationMapper(TaskGone taskGone) {
    this.taskGone = taskGone;
  }

  /** Looks the task up without authorization or tenant checks: whether it exists, nothing more, is all it tells. */
  static Predicate<String> in(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return taskId -> configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      context.disableTenantCheck();
      return context.getTaskManager().findTaskById(taskId) != null;
    });
  }

  /**
   * Whether the calling user can see in history that the task was completed. The history query runs on the engine
   * the REST API addresses for this request ({@link EngineUtil}, as its authentication filter does), under the
   * authentication that filter set, so it sees only what the caller may read anyway; without an authentication the
   * answer is no.
   */
  static boolean completedVisibleToCaller(String taskId) {
    ProcessEngine engine = EngineUtil.lookupProcessEngine(ProcessEngines.NAME_DEFAULT);
    if (engine == null || engine.getIdentityService().getCurrentAuthentication() == null) {
      return false;
    }
    return engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
  }

  @Override
  public Response toResponse(AuthorizationException exception) {
    Response gone = taskGone.ofRequest();
    if (gone != null) {
      return gone;
    }
    for (MissingAuthorization missing : exception.getMissingAuthorizations()) {
      if (Resources.TASK.resourceName().equals(missing.getResourceType()) && missing.getResourceId() != null
          && !"*".equals(missing.getResourceId())) {
        gone = taskGone.of(missing.getResourceId());
        if (gone != null) {
          return gone;
        }
      }
    }
    return camunda.toResponse(exception);
  }
}
