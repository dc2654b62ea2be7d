package no.fagsys.sosialsak.brev;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Names from the engine's identity service: a user's first and last name, the office by the tenant's name (the
 * municipality, {@code sosialsak.kommuner}). Looked up without authorization checks, since the letter of a case is
 * written whoever completes the step; falls back to the id when the identity service knows no name.
 */
public final class EngineNavn implements Navn {

  private final IdentityService identity;

  private EngineNavn(IdentityService identity) {
    this.identity = identity;
  }

  public static Navn fra(ProcessEngineServices engine) {
    return new EngineNavn(engine.getIdentityService());
  }

  /** Who completes the task: the authenticated user, else its assignee, else {@code null}. */
  public static String fullforer(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null && !authentication.getUserId().isBlank()) {
      return authentication.getUserId();
    }
    return task.getAssignee() == null || task.getAssignee().isBlank() ? null : task.getAssignee();
  }

  @Override
  public String bruker(String brukerId) {
    if (brukerId == null) {
      return null;
    }
    User user = utenTilgangskontroll(() -> identity.createUserQuery().userId(brukerId).singleResult());
    if (user == null) {
      return brukerId;
    }
    String navn = Stream.of(user.getFirstName(), user.getLastName()).filter(s -> s != null && !s.isBlank())
        .map(String::strip).collect(Collectors.joining(" "));
    return navn.isEmpty() ? brukerId : navn;
  }

  @Override
  public String kontor(String kommunenummer) {
    Tenant tenant = kommunenummer == null ? null
        : utenTilgangskontroll(() -> identity.createTenantQuery().tenantId(kommunenummer).singleResult());
    return tenant == null || tenant.getName() == null || tenant.getName().isBlank()
        ? Navn.ids().kontor(kommunenummer) : "Nav " + tenant.getName().strip();
  }

  private static <T> T utenTilgangskontroll(Callable<T> query) {
    try {
      CommandContext context = Context.getCommandContext();
      return context == null ? query.call() : context.runWithoutAuthorization(query);
    } catch (Exception e) {
      return null;
    }
  }
}
