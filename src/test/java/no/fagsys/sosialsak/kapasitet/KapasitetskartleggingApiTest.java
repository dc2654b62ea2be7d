package no.fagsys.sosialsak.kapasitet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.fagsys.sosialsak.platform.EngineRest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The capacity survey end to end over HTTP, with the demo users: Statsforvalteren (sara) opens it through the engine
 * REST API, the caseworkers of Melhus (kari) and Malvik (mona) each see and complete only their own municipality's
 * task, Trondheim passes the deadline; the answers and the report are reachable only as the access rules say.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KapasitetskartleggingApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String API = "/api/v1/kapasitetskartlegginger";

  @Autowired TestRestTemplate template;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;

  EngineRest rest;
  /** A quarter of its own (far in the future), so a rerun on the same PostgreSQL database does not collide. */
  String kvartal;
  String survey;

  @BeforeAll
  void saraOpensTheSurvey() throws Exception {
    rest = new EngineRest(template);
    kvartal = ThreadLocalRandom.current().nextInt(2100, 9999) + "-Q" + ThreadLocalRandom.current().nextInt(1, 5);
    ResponseEntity<String> started = rest.post("sara", "/process-definition/key/" + KapasitetskartleggingProcess.KEY
        + "/start", Map.of("variables", Map.of(
            "kvartal", Map.of("value", kvartal, "type", "String"),
            "frist", Map.of("value", LocalDate.now().plusDays(14).toString(), "type", "String"))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    survey = JSON.readTree(started.getBody()).get("id").asText();
  }

  private ResponseEntity<String> api(String user, String path, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(accept));
    if (user != null) {
      headers.setBasicAuth(user, user);
    }
    return template.exchange(API + path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private JsonNode ok(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private JsonNode problem(ResponseEntity<String> response, HttpStatus status) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("\tat ");
    return JSON.readTree(response.getBody());
  }

  private ProcessInstance childOf(String kommunenummer) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(survey).tenantIdIn(kommunenummer)
        .singleResult();
  }

  private JsonNode tasksOf(String user) throws Exception {
    return ok(rest.get(user, "/task?processDefinitionKey=" + KapasitetskartleggingProcess.KOMMUNE_KEY
        + "&processInstanceBusinessKey=" + kvartal + "&maxResults=100"));
  }

  private static Map<String, Object> report(String niva, String fastlege) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Omrade omrade : Omrade.values()) {
      variables.put(omrade.nivaFelt(), Map.of("value", omrade == Omrade.FASTLEGE ? fastlege : niva, "type", "String"));
      variables.put(omrade.kommentarFelt(), Map.of("value", "Kommentar om " + omrade.navn(), "type", "String"));
    }
    return Map.of("variables", variables);
  }

  @Test
  @Order(1)
  void everyMunicipalityGetsItsOwnReportTask() {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(survey).singleResult().getTenantId()).isNull();
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(survey).list())
        .extracting(ProcessInstance::getTenantId).containsExactlyInAnyOrder("5001", "5028", "5031");
  }

  @Test
  @Order(2)
  void kariAndMonaSeeAndCompleteOnlyTheirOwnMunicipalitysTask() throws Exception {
    JsonNode kariTasks = tasksOf("kari");
    assertThat(kariTasks).hasSize(1);
    assertThat(kariTasks.get(0).get("tenantId").asText()).isEqualTo("5028");
    assertThat(kariTasks.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_RapporterKapasitet");
    // Tasklist can show the form of the task (and Statsforvalteren the start form)
    ResponseEntity<String> form = rest.get("kari", "/task/" + kariTasks.get(0).get("id").asText() + "/deployed-form");
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("kapasitetskartlegging-rapporter-kapasitet", "bolig_niva", "KRITISK");
    assertThat(rest.get("sara", "/process-definition/key/" + KapasitetskartleggingProcess.KEY + "/deployed-start-form")
        .getBody()).contains("kapasitetskartlegging-start");
    JsonNode monaTasks = tasksOf("mona");
    assertThat(monaTasks).hasSize(1);
    assertThat(monaTasks.get(0).get("tenantId").asText()).isEqualTo("5031");
    assertThat(tasksOf("sara")).isEmpty();

    String monaTask = monaTasks.get(0).get("id").asText();
    assertThat(rest.post("kari", "/task/" + monaTask + "/complete", report("GOD", "GOD")).getStatusCode()
        .is2xxSuccessful()).isFalse();

    // an incomplete report is refused and the task stays
    ResponseEntity<String> incomplete = rest.post("kari", "/task/" + kariTasks.get(0).get("id").asText() + "/complete",
        Map.of("variables", Map.of("bolig_niva", Map.of("value", "GOD", "type", "String"))));
    // (the engine REST API reports an exception in the completing transaction as a server error with its message)
    assertThat(incomplete.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(incomplete.getBody()).contains("Velg kapasitet for Barnehage");

    assertThat(rest.post("kari", "/task/" + kariTasks.get(0).get("id").asText() + "/complete",
        report("TILFREDSSTILLENDE", "KRITISK")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(rest.post("mona", "/task/" + monaTask + "/complete", report("GOD", "UTFORDRENDE")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasksOf("kari")).isEmpty();
  }

  @Test
  @Order(3)
  void aMunicipalitySeesOnlyItsOwnAnswersAndStatsforvalterenSeesAll() throws Exception {
    JsonNode kari = ok(api("kari", "/" + kvartal + "/svar", MediaType.APPLICATION_JSON)).get("svar");
    assertThat(kari).hasSize(Omrade.values().length);
    assertThat(kari.findValuesAsText("kommunenummer")).containsOnly("5028");
    assertThat(kari.findValuesAsText("rapportertAv")).containsOnly("kari");

    JsonNode mona = ok(api("mona", "/" + kvartal + "/svar", MediaType.APPLICATION_JSON)).get("svar");
    assertThat(mona.findValuesAsText("kommunenummer")).containsOnly("5031");

    JsonNode trond = ok(api("trond", "/" + kvartal + "/svar", MediaType.APPLICATION_JSON)).get("svar");
    assertThat(trond).isEmpty();

    JsonNode sara = ok(api("sara", "/" + kvartal + "/svar", MediaType.APPLICATION_JSON)).get("svar");
    assertThat(sara.findValuesAsText("kommunenummer")).containsOnly("5028", "5031").hasSize(2 * Omrade.values().length);

    problem(api("per", "/" + kvartal + "/svar", MediaType.APPLICATION_JSON), HttpStatus.FORBIDDEN);
  }

  @Test
  @Order(4)
  void theReportIsNotReadyBeforeTheSurveyHasClosed() throws Exception {
    JsonNode problem = problem(api("sara", "/" + kvartal + "/rapport", MediaType.APPLICATION_JSON), HttpStatus.CONFLICT);
    assertThat(problem.get("title").asText()).isEqualTo("Ikke klar");
    assertThat(problem.get("detail").asText()).contains(kvartal).contains("ikke avsluttet");
  }

  @Test
  @Order(5)
  void afterTheDeadlineSaraGetsTheReportAsJsonWithTheLateMunicipality() throws Exception {
    ProcessInstance trondheim = childOf("5001");
    String deadline = managementService.createJobQuery().processInstanceId(trondheim.getId())
        .activityId(KapasitetskartleggingProcess.Elements.EVENT_FRIST_UTLOPT).singleResult().getId();
    managementService.executeJob(deadline);
    // each municipality's end continues the survey asynchronously (job execution is off in tests)
    managementService.createJobQuery().processInstanceId(survey).list()
        .forEach(job -> managementService.executeJob(job.getId()));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(survey).finished().count()).isOne();

    JsonNode rapport = ok(api("sara", "/" + kvartal + "/rapport", MediaType.APPLICATION_JSON));
    assertThat(rapport.get("kvartal").asText()).isEqualTo(kvartal);
    assertThat(rapport.get("status").asText()).isEqualTo("AVSLUTTET");
    assertThat(rapport.get("antallSpurt").asInt()).isEqualTo(3);
    assertThat(rapport.get("antallRapportert").asInt()).isEqualTo(2);
    assertThat(rapport.get("ikkeLevert").findValuesAsText("kommunenummer")).containsExactly("5001");
    JsonNode fastlege = rapport.get("omrader").get(Omrade.FASTLEGE.ordinal());
    assertThat(fastlege.get("omrade").asText()).isEqualTo("FASTLEGE");
    assertThat(fastlege.get("utfordrendeEllerKritisk").get("prosent").asInt()).isEqualTo(100);
    assertThat(fastlege.get("oppsummering").asText()).startsWith("Utfordrende/kritisk i 100 % av kommunene");
    JsonNode bolig = rapport.get("omrader").get(Omrade.BOLIG.ordinal());
    assertThat(bolig.get("nivaer").findValuesAsText("prosent")).containsExactly("50", "50", "0", "0");

    ok(api("rita", "/" + kvartal + "/rapport", MediaType.APPLICATION_JSON));
    // a client that accepts anything (curl) gets JSON
    ResponseEntity<String> any = api("sara", "/" + kvartal + "/rapport", MediaType.ALL);
    assertThat(ok(any).get("kvartal").asText()).isEqualTo(kvartal);
    assertThat(any.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    JsonNode list = ok(api("sara", "", MediaType.APPLICATION_JSON));
    assertThat(list.findParents("kvartal").stream().filter(k -> k.get("kvartal").asText().equals(kvartal)))
        .singleElement().satisfies(k -> {
          assertThat(k.get("status").asText()).isEqualTo("AVSLUTTET");
          assertThat(k.get("antallLevert").asInt()).isEqualTo(2);
        });
  }

  @Test
  @Order(6)
  void saraGetsTheReportAsAReadablePage() {
    for (ResponseEntity<String> page : List.of(api("sara", "/" + kvartal + "/rapport", MediaType.TEXT_HTML),
        api("sara", "/" + kvartal + "/rapport.html", MediaType.TEXT_HTML))) {
      assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
      assertThat(page.getBody()).contains("<html lang=\"nb\"", "Tjenestekapasitet i kommunene", kvartal,
          "2 av 3 kommuner rapporterte", "5001 Trondheim", "Oppfølgingsaktiviteter/arbeidsretting intro",
          "Utfordrende/kritisk i 100 % av kommunene");
    }
  }

  @Test
  @Order(7)
  void othersAreRefusedTheReportAndAnUnknownQuarterIsNotFound() throws Exception {
    JsonNode forbidden = problem(api("kari", "/" + kvartal + "/rapport", MediaType.APPLICATION_JSON), HttpStatus.FORBIDDEN);
    assertThat(forbidden.get("title").asText()).isEqualTo("Ikke tilgang");
    problem(api("kari", "/" + kvartal + "/rapport", MediaType.TEXT_HTML), HttpStatus.FORBIDDEN);
    problem(api("kjell", "/" + kvartal + "/rapport.html", MediaType.TEXT_HTML), HttpStatus.FORBIDDEN);
    problem(api("per", "", MediaType.APPLICATION_JSON), HttpStatus.FORBIDDEN);

    JsonNode notFound = problem(api("sara", "/1999-Q1/rapport", MediaType.APPLICATION_JSON), HttpStatus.NOT_FOUND);
    assertThat(notFound.get("title").asText()).isEqualTo("Finnes ikke");
    problem(api("sara", "/ikke-et-kvartal/svar", MediaType.APPLICATION_JSON), HttpStatus.NOT_FOUND);

    ResponseEntity<String> anonymous = api(null, "/" + kvartal + "/rapport", MediaType.APPLICATION_JSON);
    problem(anonymous, HttpStatus.UNAUTHORIZED);
  }

  @Test
  @Order(8)
  void aCaseworkerCannotOpenASurvey() {
    ResponseEntity<String> response = rest.post("kari", "/process-definition/key/" + KapasitetskartleggingProcess.KEY
        + "/start", Map.of("variables", Map.of("kvartal", Map.of("value", "2999-Q1", "type", "String"),
            "frist", Map.of("value", LocalDate.now().plusDays(14).toString(), "type", "String"))));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("Bare Statsforvalteren");
  }
}
