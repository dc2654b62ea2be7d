package no.fagsys.sosialsak.sak;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

/**
 * What a person reads instead of a code: the service's name ({@code OKONOMISK_STONAD} → «Økonomisk stønad (§§ 18 og
 * 19)», as the start form names it), the municipality's name (the tenant's name in the engine: 5028 → «Melhus») and a
 * user's full name (kari → «Kari Saksbehandler»). The process sets them as protected variables next to the codes, so
 * Tasklist's task cards and the forms show words while decisions and the API keep the codes.
 */
public final class Visningsnavn {

  /** The service's name on the task card and in the forms. */
  public static final String TJENESTE_NAVN = "tjenesteNavn";
  /** The municipality's name on the task card and in the forms. */
  public static final String KOMMUNE_NAVN = "kommuneNavn";

  private static final Map<String, String> TJENESTER = Map.of(
      "OPPLYSNING_RAD_VEILEDNING", "Opplysning, råd og veiledning (§ 17)",
      "OKONOMISK_STONAD", "Økonomisk stønad (§§ 18 og 19)",
      "MIDLERTIDIG_BOTILBUD", "Midlertidig botilbud (§ 27)",
      "INDIVIDUELL_PLAN", "Individuell plan (§ 28)",
      "KVALIFISERINGSPROGRAM", "Kvalifiseringsprogram (§ 29)",
      "INTRODUKSJONSPROGRAM_FORLENGELSE", "Forlengelse av introduksjonsprogram");

  private Visningsnavn() {}

  /** The service's name; an unknown code is shown as it is. */
  public static String tjeneste(String kode) {
    return kode == null ? null : TJENESTER.getOrDefault(kode, kode);
  }

  /** Sets the case's names from the engine's facts (the tenant) and the service code the process validated. */
  public static void settSak(DelegateExecution execution, String tjeneste) {
    execution.setVariable(TJENESTE_NAVN, tjeneste(tjeneste));
    execution.setVariable(KOMMUNE_NAVN, kommune(execution.getProcessEngineServices(), execution.getTenantId()));
  }

  /** The municipality's name (the tenant's name), or the number when the engine has no name for it. */
  public static String kommune(ProcessEngineServices engine, String kommunenummer) {
    if (kommunenummer == null) {
      return null;
    }
    Tenant tenant = utenTilgangssjekk(() -> engine.getIdentityService().createTenantQuery().tenantId(kommunenummer)
        .singleResult());
    return tenant == null || tenant.getName() == null || tenant.getName().isBlank() ? kommunenummer : tenant.getName();
  }

  /** A user's full name, or the user id when the identity service has no name for it. */
  public static String person(ProcessEngineServices engine, String userId) {
    if (userId == null) {
      return null;
    }
    IdentityService identity = engine.getIdentityService();
    User user = utenTilgangssjekk(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      return userId;
    }
    String navn = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).trim();
    return navn.isEmpty() ? userId : navn;
  }

  /**
   * Names are read by the product for its own record, not shown to the caller as a query result: inside the engine's
   * command the caller's authorizations (READ on users and tenants, which caseworkers do not have) do not apply.
   */
  private static <T> T utenTilgangssjekk(java.util.concurrent.Callable<T> les) {
    org.camunda.bpm.engine.impl.interceptor.CommandContext context =
        org.camunda.bpm.engine.impl.context.Context.getCommandContext();
    try {
      return context == null ? les.call() : context.runWithoutAuthorization(les);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
