package no.fagsys.sosialsak.saksspor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import no.fagsys.sosialsak.brev.Brevprodusent;
import no.fagsys.sosialsak.brev.Navn;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakRegister;
import no.fagsys.sosialsak.sak.SakTilgang;
import no.fagsys.sosialsak.sak.Statusdokumenter;
import no.fagsys.sosialsak.platform.security.CurrentUser;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads one case's trail for Saksspor (docs/saksspor.md), read-only. Who may read which case is {@link SakTilgang}
 * exactly as for the domain API (the auditor, the case's own office, Statsforvalteren a case with a complaint forwarded
 * to it; another municipality's or an unknown case is 404, anyone else 403). Once that check has passed, the engine's
 * history is read as the system, as the audit replay does ({@code revisjon/EtterprovingController}): the processes
 * (the case's own, what they called, and for an application its complaints and breaches), the user tasks with who was
 * assigned and who completed them (the user operation log), the decision evaluations with inputs and outputs; the
 * letters from the letter store and the timeline as the domain API gives it ({@link Statusdokumenter}).
 */
@Component
public class SakssporLeser {

  private final SakTilgang tilgang;
  private final SakRegister saker;
  private final Statusdokumenter statusdokumenter;
  private final BrevArkiv brevArkiv;
  private final Brevprodusent brevprodusent;
  private final CurrentUser currentUser;
  private final ProcessEngine engine;

  public SakssporLeser(SakTilgang tilgang, SakRegister saker, Statusdokumenter statusdokumenter, BrevArkiv brevArkiv,
      Brevprodusent brevprodusent, CurrentUser currentUser, ProcessEngine engine) {
    this.tilgang = tilgang;
    this.saker = saker;
    this.statusdokumenter = statusdokumenter;
    this.brevArkiv = brevArkiv;
    this.brevprodusent = brevprodusent;
    this.currentUser = currentUser;
    this.engine = engine;
  }

  /** The whole trail of the case, if the logged-in user may read it. */
  public Spor spor(String saksnummer) {
    Sak sak = lese(saksnummer);
    return somSystemet(() -> bygg(sak));
  }

  /** One letter of the case (the case's own or one of its complaints' or breaches'), if the user may read the case. */
  public Brev brev(String saksnummer, String brevId) {
    Sak sak = lese(saksnummer);
    return brevArkiv.finn(brevId)
        .filter(b -> b.kommunenummer().equals(sak.kommunenummer()))
        .filter(b -> sak.omfatter(b.saksnummer()))
        .orElseThrow(() -> ApiProblem.ikkeFunnet("Fant ikke brevet i saken " + sak.saksnummer() + "."));
  }

  /** Whether the logged-in user may read cases here at all (Cockpit's menu shows Saksspor only then). */
  public boolean kanLese() {
    innlogget();
    return tilgang.kanLeseSaker();
  }

  private void innlogget() {
    if (currentUser.authentication().isEmpty()) {
      throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Ikke innlogget", "Logg inn i Cockpit for å lese saksspor.");
    }
  }

  private Sak lese(String saksnummer) {
    innlogget();
    try {
      return tilgang.lese(saksnummer);
    } catch (ApiProblem e) {
      if (e.getStatusCode().value() == HttpStatus.FORBIDDEN.value()) {
        throw ApiProblem.ikkeTilgang("Du har ikke tilgang til å lese saker i Saksspor.");
      }
      throw e;
    }
  }

  private <T> T somSystemet(Supplier<T> lesing) {
    IdentityService identity = engine.getIdentityService();
    Authentication bruker = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lesing.get();
    } finally {
      if (bruker != null) {
        identity.setAuthentication(bruker);
      }
    }
  }

  private Spor bygg(Sak sak) {
    HistoryService history = engine.getHistoryService();
    Navn navn = brevprodusent.navn(engine);
    Map<String, String> navnCache = new HashMap<>();
    java.util.function.Function<String, String> navnPa = id -> id == null ? null
        : navnCache.computeIfAbsent(id, navn::bruker);

    List<Sak> sakene = sak.erHovedsak() ? saker.medUndersaker(sak.hovedsaksnummer()).stream()
        .filter(s -> s.kommunenummer().equals(sak.kommunenummer())).toList() : List.of(sak);
    if (sakene.isEmpty()) {
      sakene = List.of(sak);
    }

    Map<String, HistoricProcessInstance> instanser = new LinkedHashMap<>();
    for (Sak s : sakene) {
      HistoricProcessInstance rot = history.createHistoricProcessInstanceQuery().processInstanceId(s.prosessinstansId())
          .singleResult();
      if (rot != null) {
        instanser.put(rot.getId(), rot);
      }
      history.createHistoricProcessInstanceQuery().rootProcessInstanceId(s.prosessinstansId()).list()
          .forEach(p -> instanser.putIfAbsent(p.getId(), p));
    }
    List<HistoricProcessInstance> prosessliste = instanser.values().stream()
        .filter(p -> sak.kommunenummer().equals(p.getTenantId()))
        .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime)).toList();
    Map<String, HistoricProcessInstance> perId = new HashMap<>();
    prosessliste.forEach(p -> perId.put(p.getId(), p));

    List<Prosess> prosesser = prosessliste.stream().map(p -> new Prosess(p.getId(), p.getBusinessKey(),
        p.getProcessDefinitionKey(), p.getProcessDefinitionName(), p.getProcessDefinitionVersion(),
        p.getSuperProcessInstanceId(), tid(p.getStartTime()), tid(p.getEndTime()), p.getState(), p.getStartUserId(),
        navnPa.apply(p.getStartUserId()))).toList();

    List<Oppgave> oppgaver = new ArrayList<>();
    List<Beslutning> beslutninger = new ArrayList<>();
    Map<String, String> versjoner = new HashMap<>();
    RepositoryService repository = engine.getRepositoryService();
    for (HistoricProcessInstance p : prosessliste) {
      Map<String, UserOperationLogEntry> fullfort = new HashMap<>();
      history.createUserOperationLogQuery().processInstanceId(p.getId())
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
          .filter(e -> e.getTaskId() != null)
          .sorted(Comparator.comparing(UserOperationLogEntry::getTimestamp))
          .forEach(e -> fullfort.putIfAbsent(e.getTaskId(), e));
      for (HistoricTaskInstance t : history.createHistoricTaskInstanceQuery().processInstanceId(p.getId()).list()) {
        List<String> grupper = history.createHistoricIdentityLinkLogQuery().taskId(t.getId())
            .type(IdentityLinkType.CANDIDATE).list().stream()
            .filter(l -> "add".equals(l.getOperationType()))
            .map(HistoricIdentityLinkLog::getGroupId).filter(g -> g != null).distinct().toList();
        UserOperationLogEntry logg = fullfort.get(t.getId());
        String fullfortAv = logg == null ? null : logg.getUserId();
        String status = t.getEndTime() == null ? "AAPEN" : "completed".equals(t.getDeleteReason()) ? "FULLFORT"
            : "AVBRUTT";
        oppgaver.add(new Oppgave(t.getId(), t.getName(), t.getTaskDefinitionKey(), p.getId(),
            p.getProcessDefinitionKey(), p.getBusinessKey(), tid(t.getStartTime()), tid(t.getEndTime()), status,
            grupper, t.getAssignee(), navnPa.apply(t.getAssignee()), fullfortAv, navnPa.apply(fullfortAv)));
      }
      for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery().processInstanceId(p.getId())
          .includeInputs().includeOutputs().disableBinaryFetching().disableCustomObjectDeserialization().list()) {
        String versjon = versjoner.computeIfAbsent(d.getDecisionDefinitionId(),
            id -> String.valueOf(repository.getDecisionDefinition(id).getVersion()));
        List<Inndata> inndata = d.getInputs().stream()
            .map(i -> new Inndata(i.getClauseName() != null ? i.getClauseName() : i.getClauseId(), verdi(i.getValue())))
            .toList();
        List<Utdata> utdata = d.getOutputs().stream()
            .map(o -> new Utdata(o.getClauseName() != null ? o.getClauseName() : o.getVariableName(),
                o.getVariableName(), o.getRuleId(), verdi(o.getValue())))
            .toList();
        beslutninger.add(new Beslutning(d.getId(), d.getDecisionDefinitionKey(), d.getDecisionDefinitionName(),
            Integer.parseInt(versjon), d.getActivityId(), p.getId(), p.getBusinessKey(), tid(d.getEvaluationTime()),
            inndata, utdata));
      }
    }
    oppgaver.sort(Comparator.comparing(Oppgave::opprettet));
    beslutninger.sort(Comparator.comparing(Beslutning::evaluert));

    List<BrevVisning> brev = brevArkiv.oversikt(sak.saksnummer()).stream()
        .filter(b -> b.kommunenummer().equals(sak.kommunenummer()))
        .map(b -> new BrevVisning(b.id(), b.type().name(), b.saksnummer(), b.vedtakId(), b.produsert(), b.filnavn(),
            "saker/" + sak.saksnummer() + "/brev/" + b.id()))
        .toList();

    List<Map<String, Object>> tidslinje = statusdokumenter.statusdokument(sak).hendelser();

    return new Spor(sak.saksnummer(), sak.hovedsaksnummer(), sak.sakstype().name(), sak.kommunenummer(),
        sak.tjeneste(), sak.opprettet(), sakene.stream().map(Sak::saksnummer).toList(), prosesser, oppgaver,
        beslutninger, brev, tidslinje);
  }

  private static Instant tid(Date dato) {
    return dato == null ? null : dato.toInstant();
  }

  /** A recorded value as JSON can carry it: text, number, truth value, a date as an instant, anything else as text. */
  private static Object verdi(Object v) {
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Date d) {
      return d.toInstant().toString();
    }
    return String.valueOf(v);
  }

  /** A case's trail. */
  public record Spor(String saksnummer, String hovedsaksnummer, String sakstype, String kommunenummer, String tjeneste,
      Instant opprettet, List<String> saker, List<Prosess> prosesser, List<Oppgave> oppgaver,
      List<Beslutning> beslutninger, List<BrevVisning> brev, List<Map<String, Object>> tidslinje) {}

  /** A process instance of the case: its own, one it called ({@code overordnet} is the caller), a complaint's. */
  public record Prosess(String id, String saksnummer, String prosess, String navn, int versjon, String overordnet,
      Instant startet, Instant avsluttet, String status, String startetAv, String startetAvNavn) {}

  /** A user task: created and ended, who it was assigned to and who completed it (the user operation log). */
  public record Oppgave(String id, String navn, String element, String prosessinstansId, String prosess,
      String saksnummer, Instant opprettet, Instant avsluttet, String status, List<String> kandidatgrupper,
      String tildelt, String tildeltNavn, String fullfortAv, String fullfortAvNavn) {}

  /** A decision table evaluation with what it was given and what it gave. */
  public record Beslutning(String id, String beslutning, String navn, int versjon, String element,
      String prosessinstansId, String saksnummer, Instant evaluert, List<Inndata> inndata, List<Utdata> utdata) {}

  public record Inndata(String navn, Object verdi) {}

  public record Utdata(String navn, String variabel, String regel, Object verdi) {}

  /** A letter of the case; {@code lenke} is the PDF under the plugin's path. */
  public record BrevVisning(String id, String type, String saksnummer, String vedtakId, Instant produsert,
      String filnavn, String lenke) {}
}
