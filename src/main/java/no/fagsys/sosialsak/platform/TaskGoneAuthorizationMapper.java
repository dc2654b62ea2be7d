package no.fagsys.sosialsak.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * A command on a task that was completed by someone else a moment ago can fail the authorization check instead of
 * finding no task (the task's grants went with it): the engine REST API would answer 403 with an English list of
 * permissions. When the task the refusal names no longer exists, this answers the same 404 as for a task that is gone
 * ({@link EngineRestErrorMapper#FANT_IKKE}). A refusal on a task that exists stays Camunda's 403.
 */
@Priority(Priorities.USER - 1000)
public class TaskGoneAuthorizationMapper implements ExceptionMapper<AuthorizationException> {

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
  private final Predicate<String> taskExists;

  public TaskGoneAuthorizationMapper(Predicate<String> taskExists) {
    this.taskExists = taskExists;
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

  @Override
  public Response toResponse(AuthorizationException exception) {
    for (MissingAuthorization missing : exception.getMissingAuthorizations()) {
      if (Resources.TASK.resourceName().equals(missing.getResourceType()) && missing.getResourceId() != null
          && !"*".equals(missing.getResourceId()) && !taskExists.test(missing.getResourceId())) {
        return EngineRestErrorMapper.notFound();
      }
    }
    return camunda.toResponse(exception);
  }
}
