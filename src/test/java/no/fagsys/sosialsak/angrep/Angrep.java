package no.fagsys.sosialsak.angrep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.platform.Webapp;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the attacker tests share: the demo users over the engine REST API and the webapps' engine API, and cases to
 * attack, made the way Tasklist makes them (an application started by kari in Melhus, 5028) or the way a calling
 * process makes the new-decision steps (the engine itself, no user). Every attack asserts both the answer and that
 * the record did not change.
 */
final class Angrep {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

  final TestRestTemplate template;
  final EngineRest rest;
  final ProcessEngine engine;

  Angrep(TestRestTemplate template, ProcessEngine engine) {
    this.template = template;
    this.rest = new EngineRest(template);
    this.engine = engine;
    // The webapps' engine API finds the engine by name in the platform's container, the engine REST API in the
    // static registry. Other application contexts and plain engines that ran before in this JVM registered and
    // closed engines under the same name ("default"), which can leave this context's engine in neither.
    org.camunda.bpm.engine.ProcessEngines.registerProcessEngine(engine);
    if (org.camunda.bpm.BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName()) == null) {
      org.camunda.bpm.container.RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);
    }
  }

  static Map<String, Object> v(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  static Map<String, Object> s(String value) {
    return v(value, "String");
  }

  static Map<String, Object> soknadStart(String kommunenummer) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("tjeneste", s("INDIVIDUELL_PLAN"));
    variables.put("kommunenummer", s(kommunenummer));
    variables.put("kanal", s("TELEFON"));
    variables.put("soknadsdato", s(LocalDate.now().toString()));
    variables.put("nodsituasjon", v(false, "Boolean"));
    variables.put("antallBarnIHusstanden", v(0, "Integer"));
    variables.put("sokerReferanse", s("SOKER-ANGREP"));
    return variables;
  }

  /** An application of Melhus started by kari over REST; its process instance. */
  JsonNode soknadForMelhus() throws Exception {
    ResponseEntity<String> response = rest.post("kari", "/process-definition/key/soknad/start",
        Map.of("variables", soknadStart("5028")));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  /**
   * The new-decision steps of a case, started as the calling process starts them (the engine, no user), waiting at
   * the draft; the process instance id.
   */
  String vedtakFor(String saksnummer, String kommunenummer) {
    Map<String, Object> inn = new LinkedHashMap<>();
    inn.put("kommunenummer", kommunenummer);
    inn.put("tjeneste", "INDIVIDUELL_PLAN");
    inn.put("vedtakForslagUtfall", "INNVILGET");
    inn.put("vedtakForslagBegrunnelse", "Du har behov for langvarige og koordinerte tjenester.");
    inn.put("vedtakForslagHjemmel", "sosialtjenesteloven § 28");
    inn.put("antallBarnIHusstanden", 0);
    return engine.getRuntimeService().startProcessInstanceByKey(VedtakProcess.KEY, saksnummer, inn).getId();
  }

  Task task(String processInstanceId, String element) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(element)
        .singleResult();
  }

  /** The draft as Tasklist submits it: every field of the form. */
  static Map<String, Object> utkast() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("vedtakUtfall", s("INNVILGET"));
    variables.put("relevanteOpplysninger", s("Samtale på Nav-kontoret."));
    variables.put("vedtakBegrunnelse", s("Du har behov for langvarige og koordinerte tjenester."));
    variables.put("vedtakHjemmel", s("sosialtjenesteloven § 28"));
    variables.put("begrensning", s(""));
    variables.put("vurderingBarnetsBeste", s(""));
    variables.put("stonadsform", s(""));
    variables.put("lanevilkar", s(""));
    variables.put("vilkar", s(""));
    variables.put("informertOmReduksjon", v(false, "Boolean"));
    return variables;
  }

  /** The approval as Tasklist submits it: the draft's read-only fields back unchanged, and the answer. */
  static Map<String, Object> godkjenning(boolean godkjent, String kommentar) {
    Map<String, Object> variables = utkast();
    variables.put("godkjent", v(godkjent, "Boolean"));
    variables.put("godkjenningKommentar", s(kommentar));
    return variables;
  }

  ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    return rest.post(user, "/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  /** A logged-in webapp session (Tasklist, Cockpit or Admin) for the user. */
  Webapp webapp(String app, String user) {
    Webapp webapp = Webapp.open(template);
    assertThat(webapp.login(app, user, user).getStatusCode()).isEqualTo(HttpStatus.OK);
    return webapp;
  }

  static ResponseEntity<String> webappPost(Webapp webapp, String path, Object body) {
    return webapp.exchange(HttpMethod.POST, WEBAPP_ENGINE + path, body, MediaType.APPLICATION_JSON, true);
  }

  static ResponseEntity<String> webappGet(Webapp webapp, String path) {
    return webapp.exchange(HttpMethod.GET, WEBAPP_ENGINE + path, null, null, true);
  }

  static List<String> variabler(ResponseEntity<String> response) throws Exception {
    JsonNode names = JSON.readTree(response.getBody()).path("variabler");
    return names.isArray() ? JSON.convertValue(names, List.class) : List.of();
  }

  Object variable(String processInstanceId, String name) {
    var v = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
        .variableName(name).singleResult();
    return v == null ? null : v.getValue();
  }
}
