package no.fagsys.sosialsak.platform.tenant;

import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Each municipality (kommune) is a tenant named by its four-digit kommunenummer. Models and decisions are
 * deployed once, shared by all municipalities; this provider gives each new case the tenant of its
 * {@code kommunenummer} start variable, and a called process (the new-decision steps) or a decision
 * evaluated inside a case the tenant of the case that called it. A process called from a process that belongs to
 * no municipality gets the tenant of the {@code kommunenummer} the call passes in (the capacity survey starts one
 * report per municipality this way); a call that passes none stays without a tenant.
 *
 * <p>A user may only create a case in a municipality they belong to: a caseworker of 5028 who starts a case
 * for 5031 is refused (camunda-admin excepted). This holds for a called process that gets its tenant from
 * {@code kommunenummer} too: the user whose action starts it must belong to that municipality. A process started without {@code kommunenummer} (for example
 * the county governor's capacity survey) belongs to no single municipality.
 */
public class KommuneTenantIdProvider implements TenantIdProvider {

  public static final String KOMMUNENUMMER = "kommunenummer";
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final String CAMUNDA_ADMIN = "camunda-admin";

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    DelegateExecution superExecution = ctx.getSuperExecution();
    if (superExecution != null && superExecution.getTenantId() != null) {
      return superExecution.getTenantId();
    }
    // A case started by itself, or a process called from one without a municipality (the county governor's
    // survey calls one process per municipality, passing its kommunenummer): the tenant of kommunenummer.
    Object value = ctx.getVariables() == null ? null : ctx.getVariables().get(KOMMUNENUMMER);
    if (value == null) {
      return null;
    }
    String kommunenummer = value.toString();
    if (!FOUR_DIGITS.matcher(kommunenummer).matches()) {
      throw new BadUserRequestException(
          "Ugyldig kommunenummer '" + kommunenummer + "': et kommunenummer har fire sifre.");
    }
    requireMembership(kommunenummer);
    return kommunenummer;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
    return tenantOf(ctx.getSuperExecution());
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return tenantOf(ctx.getExecution());
  }

  private static String tenantOf(VariableScope scope) {
    return scope instanceof DelegateExecution execution ? execution.getTenantId() : null;
  }

  private static void requireMembership(String kommunenummer) {
    if (Context.getCommandContext() == null) {
      return;
    }
    Authentication authentication =
        Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
    if (authentication == null) {
      return; // the engine itself (a timer, a message from the domain API) acts for the municipality
    }
    List<String> groups = authentication.getGroupIds();
    if (groups != null && groups.contains(CAMUNDA_ADMIN)) {
      return;
    }
    List<String> tenants = authentication.getTenantIds();
    if (tenants == null || !tenants.contains(kommunenummer)) {
      throw new AuthorizationException(
          "Brukeren " + authentication.getUserId() + " kan ikke opprette saker for kommune " + kommunenummer + ".");
    }
  }
}
