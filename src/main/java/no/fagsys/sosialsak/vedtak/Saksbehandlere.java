package no.fagsys.sosialsak.vedtak;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task: the authenticated user, or when the engine is called without one, the task's assignee. */
final class Saksbehandlere {

  private Saksbehandlere() {}

  /** The user completing the task, or {@code null} when there is neither an authenticated user nor an assignee. */
  static String somFullforer(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null && !authentication.getUserId().isBlank()) {
      return authentication.getUserId();
    }
    String assignee = task.getAssignee();
    return assignee == null || assignee.isBlank() ? null : assignee;
  }
}
