package no.fagsys.sosialsak.platform.integritet;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On the start event of an internal process ({@code vedtak}, {@code kapasitetskartleggingKommune}): it runs only as
 * a called process. A user starting it directly, through any API, is refused with 403 and nothing is saved; the
 * engine itself (a call activity, or the product's own code without a user) may. The models also hide them from
 * Tasklist's start menu ({@code camunda:isStartableInTasklist="false"}).
 */
@Component(KunSomDelprosess.BEAN)
public class KunSomDelprosess implements ExecutionListener {

  public static final String BEAN = "kunSomDelprosess";

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getSuperExecution() != null) {
      return;
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null) {
      throw new AuthorizationException("Prosessen «" + execution.getProcessDefinitionId().split(":")[0]
          + "» startes bare av en annen prosess i saken, ikke direkte av en bruker.");
    }
  }
}
