package no.fagsys.sosialsak.revisjon;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import no.fagsys.sosialsak.platform.dmn.DmnEngines;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakRegister;
import no.fagsys.sosialsak.sak.Tidslinje;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Component;

/**
 * The audit replay of an issued decision: every decision table the case evaluated up to the decision (the engine's
 * historic decision instances of the case's process instance and what it called), evaluated again with the inputs
 * the engine recorded and the exact version of the table it used then, and compared output by output with what the
 * engine recorded. Read-only: the tables are evaluated by a standalone DMN engine configured like the process
 * engine's ({@link DmnEngines}), which writes no history and changes nothing. A table of a DRD is evaluated with the
 * inputs recorded for its whole evaluation (the required decisions' too).
 *
 * <p>An input whose expression is not a plain variable name cannot be given back to the table and is reported as
 * such (every table of the product has plain names).
 */
@Component
public class VedtakEtterproving {

  private static final Pattern VARIABELNAVN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final HistoryService history;
  private final RepositoryService repository;
  private final SakRegister saker;
  private final Tidslinje tidslinje;
  private final DmnEngine dmn = DmnEngines.standaloneEngine();

  public VedtakEtterproving(HistoryService history, RepositoryService repository, SakRegister saker,
      Tidslinje tidslinje) {
    this.history = history;
    this.repository = repository;
    this.saker = saker;
    this.tidslinje = tidslinje;
  }

  /**
   * One recorded evaluation of a decision table, as the engine recorded it.
   *
   * @param inndata the inputs by variable name (of the whole DRD evaluation it was part of)
   * @param registrertUtdata the recorded outputs, one map per matched rule, in rule order
   * @param ikkeEtterprovbare inputs that are expressions, not variable names
   */
  public record Avgjorelse(String beslutningsinstansId, String decisionDefinitionId, String beslutning, int versjon,
      String aktivitet, Instant evaluert, Map<String, Object> inndata, List<Map<String, Object>> registrertUtdata,
      List<String> ikkeEtterprovbare) {

    /** A copy with one input changed (what an auditor does to see that the replay would notice). */
    public Avgjorelse medInndata(String variabel, Object verdi) {
      Map<String, Object> endret = new LinkedHashMap<>(inndata);
      endret.put(variabel, verdi);
      return new Avgjorelse(beslutningsinstansId, decisionDefinitionId, beslutning, versjon, aktivitet, evaluert,
          endret, registrertUtdata, ikkeEtterprovbare);
    }
  }

  /** The replay of one evaluation: what was recorded, what the same table gives now, and where they differ. */
  public record Resultat(String beslutningsinstansId, String decisionDefinitionId, String beslutning, int versjon,
      String aktivitet, Instant evaluert, Map<String, Object> inndata, List<Map<String, Object>> registrertUtdata,
      List<Map<String, Object>> etterprovdUtdata, boolean samsvarer, List<String> avvik) {}

  /** The replay of a decision: {@code samsvarer} when every table it used gives what was recorded. */
  public record Etterproving(String saksnummer, String vedtakId, Instant vedtakFattet, boolean samsvarer,
      List<Resultat> beslutninger) {}

  /** The issued decision's event in the case (its timeline's {@code vedtakFattet}), or {@code null}. */
  public Hendelse vedtakFattet(Sak sak, String vedtakId) {
    return tidslinje.hendelser(sak.hovedsaksnummer()).stream()
        .filter(h -> h.type().equals(Hendelse.Type.VEDTAK_FATTET))
        .filter(h -> vedtakId.equals(h.felter().get("vedtakId")))
        .filter(h -> sak.omfatter(h.saksnummer()))
        .findFirst().orElse(null);
  }

  /** Replays the decision issued at {@code fattet} in the case {@code saksnummer}. */
  public Etterproving etterprov(String saksnummer, String vedtakId, Instant fattet) {
    List<Resultat> resultater = registrerte(saksnummer, fattet).stream().map(this::etterprov).toList();
    return new Etterproving(saksnummer, vedtakId, fattet,
        !resultater.isEmpty() && resultater.stream().allMatch(Resultat::samsvarer), resultater);
  }

  /** The evaluations the case's process instance (with what it called) recorded up to {@code fattet}. */
  public List<Avgjorelse> registrerte(String saksnummer, Instant fattet) {
    Sak sak = saker.finn(saksnummer).orElseThrow(() -> new IllegalArgumentException("Ukjent sak " + saksnummer));
    // The case's process instance and every instance it called (the new-decision steps), then their evaluations.
    List<String> prosesser = new ArrayList<>(List.of(sak.prosessinstansId()));
    history.createHistoricProcessInstanceQuery().rootProcessInstanceId(sak.prosessinstansId()).list()
        .forEach(p -> {
          if (!prosesser.contains(p.getId())) {
            prosesser.add(p.getId());
          }
        });
    List<HistoricDecisionInstance> instanser = new ArrayList<>();
    for (String prosess : prosesser) {
      instanser.addAll(history.createHistoricDecisionInstanceQuery().processInstanceId(prosess).includeInputs()
          .includeOutputs().disableBinaryFetching().list());
    }
    instanser = instanser.stream().filter(i -> !i.getEvaluationTime().toInstant().isAfter(fattet))
        .sorted(java.util.Comparator.comparing(HistoricDecisionInstance::getEvaluationTime)
            .thenComparing(i -> i.getRootDecisionInstanceId() == null ? 1 : 0))
        .toList();
    // The inputs of one DRD evaluation (the root decision and its required decisions), by variable name.
    Map<String, Map<String, Object>> grupper = new HashMap<>();
    Map<String, List<String>> ikkeEtterprovbare = new HashMap<>();
    for (HistoricDecisionInstance i : instanser) {
      String gruppe = i.getRootDecisionInstanceId() != null ? i.getRootDecisionInstanceId() : i.getId();
      Map<String, Object> inndata = grupper.computeIfAbsent(gruppe, g -> new LinkedHashMap<>());
      Map<String, String> uttrykk = inndatauttrykk(i.getDecisionDefinitionId());
      for (HistoricDecisionInputInstance input : i.getInputs()) {
        String navn = uttrykk.get(input.getClauseId());
        if (navn != null && VARIABELNAVN.matcher(navn).matches()) {
          inndata.put(navn, input.getValue());
        } else {
          ikkeEtterprovbare.computeIfAbsent(i.getId(), k -> new ArrayList<>())
              .add(input.getClauseName() + " (" + navn + ")");
        }
      }
    }
    List<Avgjorelse> avgjorelser = new ArrayList<>();
    for (HistoricDecisionInstance i : instanser) {
      String gruppe = i.getRootDecisionInstanceId() != null ? i.getRootDecisionInstanceId() : i.getId();
      avgjorelser.add(new Avgjorelse(i.getId(), i.getDecisionDefinitionId(), i.getDecisionDefinitionKey(),
          versjon(i.getDecisionDefinitionId()), i.getActivityId(), i.getEvaluationTime().toInstant(),
          grupper.get(gruppe), registrertUtdata(i), ikkeEtterprovbare.getOrDefault(i.getId(), List.of())));
    }
    return avgjorelser;
  }

  /** Evaluates the recorded table version again with the recorded (or given) inputs and compares. */
  public Resultat etterprov(Avgjorelse a) {
    List<String> avvik = new ArrayList<>();
    a.ikkeEtterprovbare().forEach(i -> avvik.add("Inndata " + i + " er et uttrykk og kan ikke gis tabellen på nytt"));
    List<Map<String, Object>> na = List.of();
    try (InputStream modell = repository.getDecisionModel(a.decisionDefinitionId())) {
      DmnDecision beslutning = dmn.parseDecision(a.beslutning(), modell);
      DmnDecisionResult resultat = dmn.evaluateDecision(beslutning, new HashMap<>(a.inndata()));
      na = resultat.getResultList().stream().map(m -> (Map<String, Object>) new LinkedHashMap<>(m)).toList();
    } catch (Exception e) {
      avvik.add("Tabellen kunne ikke evalueres med de registrerte inndataene: " + e.getMessage());
    }
    if (avvik.isEmpty()) {
      sammenlign(a.registrertUtdata(), na, avvik);
    }
    return new Resultat(a.beslutningsinstansId(), a.decisionDefinitionId(), a.beslutning(), a.versjon(),
        a.aktivitet(), a.evaluert(), a.inndata(), a.registrertUtdata(), na, avvik.isEmpty(), avvik);
  }

  static void sammenlign(List<Map<String, Object>> registrert, List<Map<String, Object>> na, List<String> avvik) {
    if (registrert.size() != na.size()) {
      avvik.add("Antall treff: registrert " + registrert.size() + ", nå " + na.size());
    }
    for (int r = 0; r < Math.min(registrert.size(), na.size()); r++) {
      Map<String, Object> før = registrert.get(r);
      Map<String, Object> nå = na.get(r);
      java.util.Set<String> navn = new java.util.LinkedHashSet<>(før.keySet());
      navn.addAll(nå.keySet());
      for (String n : navn) {
        if (!Objects.equals(normaliser(før.get(n)), normaliser(nå.get(n)))) {
          avvik.add("Treff " + (r + 1) + ", utdata " + n + ": registrert " + før.get(n) + ", nå " + nå.get(n));
        }
      }
    }
  }

  private static Object normaliser(Object verdi) {
    if (verdi instanceof Number n) {
      return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return verdi == null ? null : verdi.toString();
  }

  private static List<Map<String, Object>> registrertUtdata(HistoricDecisionInstance i) {
    if (i.getCollectResultValue() != null) {
      return List.of(Map.of("resultat", i.getCollectResultValue()));
    }
    Map<String, Map<String, Object>> treff = new LinkedHashMap<>();
    i.getOutputs().stream()
        .sorted(java.util.Comparator.comparing((HistoricDecisionOutputInstance o) ->
            o.getRuleOrder() == null ? 0 : o.getRuleOrder()))
        .forEach(o -> treff.computeIfAbsent(o.getRuleOrder() + ":" + o.getRuleId(), k -> new LinkedHashMap<>())
            .put(o.getVariableName(), o.getValue()));
    return new ArrayList<>(treff.values());
  }

  private final Map<String, Map<String, String>> uttrykk = new java.util.concurrent.ConcurrentHashMap<>();

  /** Input clause id → the text of its input expression, per decision definition (deployed, so never changes). */
  private Map<String, String> inndatauttrykk(String decisionDefinitionId) {
    return uttrykk.computeIfAbsent(decisionDefinitionId, id -> {
      DmnModelInstance modell = repository.getDmnModelInstance(id);
      Map<String, String> m = new HashMap<>();
      for (Input input : modell.getModelElementsByType(Input.class)) {
        if (input.getInputExpression() != null && input.getInputExpression().getText() != null) {
          m.put(input.getId(), input.getInputExpression().getText().getTextContent().strip());
        }
      }
      return m;
    });
  }

  private final Map<String, Integer> versjoner = new java.util.concurrent.ConcurrentHashMap<>();

  private int versjon(String decisionDefinitionId) {
    return versjoner.computeIfAbsent(decisionDefinitionId,
        id -> repository.getDecisionDefinition(id).getVersion());
  }
}
