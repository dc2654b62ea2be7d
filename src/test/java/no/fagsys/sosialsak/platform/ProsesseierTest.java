package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.soknad.SoknadTestSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The process owner's round trip (docs/prosesseier.md), as Camunda Modeler does it: per deploys one changed file at
 * a time over the engine REST API with Modeler's request shape, and the next case uses it; a refused model deploys
 * nothing; deploying the previous file again rolls back. The test's deployments are removed afterwards, so the
 * product's own versions are the latest again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProsesseierTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String NAVN = "prosesseier-modeler";

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;

  /** One file, as Modeler's deploy button sends it. */
  ResponseEntity<String> deploy(String filnavn, String innhold) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", NAVN);
    form.add("deployment-source", "Camunda Modeler");
    form.add("deploy-changed-only", "false");
    form.add(filnavn, new ByteArrayResource(innhold.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return filnavn;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth("per", "per");
    return template.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }

  static String fil(String path) throws Exception {
    return Files.readString(Path.of(path));
  }

  /** A new application of Melhus, mapped by kari; returns its process instance id. */
  String kartlagtSak() {
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("tjeneste", "INDIVIDUELL_PLAN");
    start.put("kommunenummer", "5028");
    start.put("kanal", "TELEFON");
    start.put("soknadsdato", LocalDate.now().toString());
    start.put("nodsituasjon", false);
    start.put("antallBarnIHusstanden", 0);
    start.put("sokerReferanse", "SOKER-PROSESSEIER");
    engine.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    try {
      String instance = engine.getRuntimeService().startProcessInstanceByKey("soknad", start).getId();
      Task kartlegg = engine.getTaskService().createTaskQuery().processInstanceId(instance)
          .taskDefinitionKey("Task_KartleggSoknad").singleResult();
      Map<String, Object> svar = new LinkedHashMap<>(SoknadTestSupport.kartlagtHerMedFulleRettigheter());
      svar.put("behovForLangvarigeTjenester", true);
      svar.put("behovForTjenesterFraToEllerFlereInstanser", true);
      svar.put("deltarIKvalifiseringsprogram", false);
      engine.getTaskService().complete(kartlegg.getId(), svar);
      return instance;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  @Order(1)
  void enEndretTabellAleneGjelderForNesteSak() throws Exception {
    String original = fil("decisions/ansvarligKommune.dmn");
    String endret = original.replaceFirst("<decision id=\"ansvarligKommune\" name=\"Hvilken kommune har ansvaret\\?\"",
        "<decision id=\"ansvarligKommune\" name=\"Ansvarlig kommune (endret)\"");
    assertThat(endret).isNotEqualTo(original);
    ResponseEntity<String> response = deploy("ansvarligKommune.dmn", endret);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    DecisionDefinition latest = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("ansvarligKommune").latestVersion().singleResult();
    assertThat(latest.getName()).isEqualTo("Ansvarlig kommune (endret)");

    String instance = kartlagtSak();
    HistoricDecisionInstance evaluert = engine.getHistoryService().createHistoricDecisionInstanceQuery()
        .processInstanceId(instance).decisionDefinitionKey("ansvarligKommune").singleResult();
    assertThat(evaluert.getDecisionDefinitionId()).isEqualTo(latest.getId());

    // Who deployed what, when: the operation log keeps it (Cockpit shows it).
    assertThat(engine.getHistoryService().createUserOperationLogQuery().userId("per")
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).entityType("Deployment").count()).isPositive();

    // Rolling back is deploying the previous file again: it becomes the latest version.
    assertThat(deploy("ansvarligKommune.dmn", original).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey("ansvarligKommune")
        .latestVersion().singleResult().getName()).isNotEqualTo("Ansvarlig kommune (endret)");
  }

  @Test
  @Order(2)
  void etEndretSkjemaAleneVisesINesteSak() throws Exception {
    String original = fil("forms/soknad-kartlegg.form");
    String endret = original.replaceFirst("\"label\": \"Saksnummer\"", "\"label\": \"Saksnummer (endret)\"");
    assertThat(endret).isNotEqualTo(original);
    assertThat(deploy("soknad-kartlegg.form", endret).getStatusCode()).isEqualTo(HttpStatus.OK);
    engine.getIdentityService().setAuthentication("kari", List.of("saksbehandler"), List.of("5028"));
    String instance;
    try {
      instance = engine.getRuntimeService().startProcessInstanceByKey("soknad", Map.of("tjeneste",
          "INDIVIDUELL_PLAN", "kommunenummer", "5028", "kanal", "TELEFON", "soknadsdato",
          LocalDate.now().toString(), "nodsituasjon", false, "antallBarnIHusstanden", 0, "sokerReferanse",
          "SOKER-PROSESSEIER")).getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    Task kartlegg = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_KartleggSoknad").singleResult();
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("kari", "kari");
    ResponseEntity<String> skjema = template.exchange("/engine-rest/task/" + kartlegg.getId() + "/deployed-form",
        org.springframework.http.HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(skjema.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(skjema.getBody()).contains("Saksnummer (endret)");
  }

  @Test
  @Order(3)
  void enEndretProsessAleneFarSkjemaerOgTabellerIgjen() throws Exception {
    String endret = fil("processes/soknad.bpmn").replaceFirst("name=\"Kartlegg søknaden\"",
        "name=\"Kartlegg søknaden (endret)\"");
    ResponseEntity<String> response = deploy("soknad.bpmn", endret);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    String instance = kartlagtSak(); // its first task has a form and its decisions evaluate
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_KartleggSoknad").singleResult().getName()).isEqualTo("Kartlegg søknaden (endret)");
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().processInstanceId(instance).count())
        .isPositive();
  }

  @Test
  @Order(4)
  void enModellSomViserTilNoeSomIkkeFinnesAvvisesMedEnLinjePerProblemOgIngentingRullesUt() throws Exception {
    long before = engine.getRepositoryService().createDeploymentQuery().count();
    String feil = fil("processes/soknad.bpmn")
        .replaceFirst("camunda:formRef=\"soknad-kartlegg\"", "camunda:formRef=\"finnes-ikke\"")
        .replaceFirst("camunda:decisionRef=\"ansvarligKommune\"", "camunda:decisionRef=\"finnesIkkeTabell\"")
        .replaceFirst("camunda:delegateExpression=\"\\$\\{registrerTrukket}\"",
            "camunda:delegateExpression=\"\\${ukjentBonne}\"");
    ResponseEntity<String> response = deploy("soknad.bpmn", feil);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(body.get("message").asText()).contains("soknad.bpmn", "finnes-ikke", "finnesIkkeTabell",
        "ukjentBonne");
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
  }

  @AfterAll
  void fjernTestensUtrullinger() {
    engine.getRepositoryService().createDeploymentQuery().deploymentName(NAVN).list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }
}
