package no.fagsys.sosialsak.brev;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Names from the engine's identity service: a user's first and last name, the office by the tenant's name (the
 * municipality, {@code sosialsak.kommuner}). Looked up without authorization checks, since the letter of a case is
 * written whoever completes the step; falls back to the id when the identity service knows no name. The party's name
 * and address and the office's address come from the {@link Adressebok}; a complaint's or breach's party is the
 * application's, found by the case number in the engine's history (the reference the application was started with).
 */
public final class EngineNavn implements Navn {

  /** The application process, whose start variable {@code sokerReferanse} names the party. */
  static final String SOKNAD = "soknad";
  static final String SOKER_REFERANSE = "sokerReferanse";

  private final ProcessEngineServices engine;
  private final Adressebok adressebok;

  private EngineNavn(ProcessEngineServices engine, Adressebok adressebok) {
    this.engine = engine;
    this.adressebok = adressebok;
  }

  /** Names and addresses for the letters of this engine; use {@link Brevprodusent#navn(ProcessEngineServices)}. */
  static Navn fra(ProcessEngineServices engine, Adressebok adressebok) {
    return new EngineNavn(engine, adressebok);
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
    return brukernavn(engine, brukerId);
  }

  @Override
  public String kontor(String kommunenummer) {
    String kommune = kommunenavn(engine, kommunenummer);
    return kommune == null ? Navn.ids().kontor(kommunenummer) : "Nav " + kommune;
  }

  /** A user's full name from the identity service, or the id when it knows no name. */
  public static String brukernavn(ProcessEngineServices engine, String brukerId) {
    if (brukerId == null) {
      return null;
    }
    User user = utenTilgangskontroll(() -> engine.getIdentityService().createUserQuery().userId(brukerId)
        .singleResult());
    if (user == null) {
      return brukerId;
    }
    String navn = Stream.of(user.getFirstName(), user.getLastName()).filter(s -> s != null && !s.isBlank())
        .map(String::strip).collect(Collectors.joining(" "));
    return navn.isEmpty() ? brukerId : navn;
  }

  /** The municipality's name: its tenant's name in the engine ({@code Melhus}), or {@code null} when it has none. */
  public static String kommunenavn(ProcessEngineServices engine, String kommunenummer) {
    Tenant tenant = kommunenummer == null ? null
        : utenTilgangskontroll(() -> engine.getIdentityService().createTenantQuery().tenantId(kommunenummer)
            .singleResult());
    return tenant == null || tenant.getName() == null || tenant.getName().isBlank() ? null : tenant.getName().strip();
  }

  @Override
  public Optional<Postadresse> part(String saksnummer, String sokerReferanse) {
    String referanse = sokerReferanse != null ? sokerReferanse : soknadensReferanse(saksnummer);
    return referanse == null ? Optional.empty() : adressebok.person(referanse);
  }

  @Override
  public String kontorMedAdresse(String kommunenummer) {
    List<String> adresse = adressebok.kontoradresse(kommunenummer);
    return new Postadresse(kontor(kommunenummer), adresse).paEnLinje();
  }

  /** The reference the application with this case number (a complaint's or breach's prefix) was started with. */
  private String soknadensReferanse(String saksnummer) {
    if (saksnummer == null) {
      return null;
    }
    String hovedsak = saksnummer.replaceFirst("-[KV]\\d+$", "");
    return utenTilgangskontroll(() -> {
      HistoricProcessInstance soknad = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(SOKNAD).processInstanceBusinessKey(hovedsak).listPage(0, 1).stream().findFirst()
          .orElse(null);
      if (soknad == null) {
        return null;
      }
      HistoricVariableInstance referanse = engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceId(soknad.getId()).variableName(SOKER_REFERANSE).listPage(0, 1).stream().findFirst()
          .orElse(null);
      return referanse == null || referanse.getValue() == null ? null : referanse.getValue().toString();
    });
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
