package no.fagsys.sosialsak.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.platform.EngineRest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.springframework.util.MultiValueMap;

/**
 * The access rules of SPEC § 5 over the engine REST API: caseworkers see and work only their municipality's
 * tasks, the auditor reads history and changes nothing, only the process owner deploys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest {

  static final String KEY = "tilgangstest";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  EngineRest rest;
  String deploymentId;
  String melhusCase;
  String malvikCase;

  @BeforeAll
  void deployAndStartOneCaseInEachMunicipality() throws Exception {
    rest = new EngineRest(template);
    deploymentId = repositoryService.createDeployment().name("tilgangstest")
        .addClasspathResource("bpmn/tilgangstest.bpmn")
        .addClasspathResource("bpmn/tilgangstest-start.form").deploy().getId();
    String today = LocalDate.now() + "T12:00:00";
    melhusCase = start("kari", "5028", today);
    malvikCase = start("mona", "5031", LocalDate.now().plusDays(10) + "T12:00:00");
  }

  @AfterAll
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  private String start(String user, String kommunenummer, String frist) throws Exception {
    ResponseEntity<String> response = rest.post(user, "/process-definition/key/" + KEY + "/start",
        EngineRest.startBody("TEST-" + UUID.randomUUID(), Map.of("kommunenummer", kommunenummer, "frist", frist)));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody()).get("id").asText();
  }

  private String taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  private JsonNode json(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  @Test
  void eachCaseBelongsToTheTenantOfItsKommunenummer() {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(melhusCase).singleResult().getTenantId())
        .isEqualTo("5028");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(malvikCase).singleResult().getTenantId())
        .isEqualTo("5031");
  }

  @Test
  void aCaseworkerOf5028CannotSeeOrWorkATaskOf5031() throws Exception {
    String malvikTask = taskOf(malvikCase);
    JsonNode kariTasks = json(rest.get("kari", "/task?processDefinitionKey=" + KEY + "&maxResults=100"));
    assertThat(kariTasks.findValuesAsText("processInstanceId")).contains(melhusCase).doesNotContain(malvikCase);
    assertThat(kariTasks.findValuesAsText("tenantId")).containsOnly("5028");
    assertThat(rest.get("kari", "/task/" + malvikTask).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> completion = rest.post("kari", "/task/" + malvikTask + "/complete", Map.of());
    // Refused by the engine's tenant check, answered as if the task did not exist.
    assertThat(completion.getStatusCode()).as(completion.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(completion.getBody()).doesNotContain("tenant").doesNotContain(malvikTask);
    assertThat(taskService.createTaskQuery().taskId(malvikTask).count()).isOne();

    JsonNode monaTasks = json(rest.get("mona", "/task?processDefinitionKey=" + KEY + "&maxResults=100"));
    assertThat(monaTasks.findValuesAsText("processInstanceId")).contains(malvikCase).doesNotContain(melhusCase);
  }

  @Test
  void aCaseworkerCannotStartACaseInAnotherMunicipality() {
    ResponseEntity<String> response = rest.post("kari", "/process-definition/key/" + KEY + "/start",
        EngineRest.startBody("TEST-" + UUID.randomUUID(), Map.of("kommunenummer", "5031", "frist", "2030-01-01T12:00:00")));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("kommune 5031");
  }

  @Test
  void theCountyGovernorSeesNoMunicipalTasks() throws Exception {
    JsonNode saraTasks = json(rest.get("sara", "/task?processDefinitionKey=" + KEY + "&maxResults=100"));
    assertThat(saraTasks).isEmpty();
    assertThat(rest.get("sara", "/process-instance/" + melhusCase).getStatusCode().is4xxClientError()).isTrue();
    assertThat(json(rest.get("sara", "/process-instance?maxResults=100"))).isEmpty();
  }

  @Test
  void theAuditorReadsHistoryAndChangesNothing() throws Exception {
    JsonNode history = json(rest.get("rita", "/history/process-instance?processInstanceId=" + melhusCase + "&maxResults=10"));
    assertThat(history.findValuesAsText("id")).containsExactly(melhusCase);
    assertThat(json(rest.get("rita", "/history/activity-instance?processInstanceId=" + melhusCase + "&maxResults=50")))
        .isNotEmpty();
    assertThat(json(rest.get("rita", "/history/variable-instance?processInstanceId=" + melhusCase + "&maxResults=50"))
        .findValuesAsText("name")).contains("kommunenummer");

    String task = taskOf(melhusCase);
    assertThat(rest.post("rita", "/task/" + task + "/complete", Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.put("rita", "/process-instance/" + melhusCase + "/variables/kommunenummer",
        Map.of("value", "5031", "type", "String")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.post("rita", "/process-definition/key/" + KEY + "/start",
        EngineRest.startBody("TEST-" + UUID.randomUUID(), Map.of("kommunenummer", "5028", "frist", "2030-01-01T12:00:00")))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(task).count()).isOne();
    assertThat(runtimeService.getVariable(melhusCase, "kommunenummer")).isEqualTo("5028");
  }

  @Test
  void onlyTheProcessOwnerDeploys() {
    assertThat(deploy("kari").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy("rita").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> byOwner = deploy("per");
    assertThat(byOwner.getStatusCode()).as(byOwner.getBody()).isEqualTo(HttpStatus.OK);
    repositoryService.createDeploymentQuery().deploymentName("prosesseier-test").list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  private ResponseEntity<String> deploy(String user) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "prosesseier-test");
    form.add("data", new ByteArrayResource(readResource("bpmn/tilgangstest-kaller.bpmn")) {
      @Override
      public String getFilename() {
        return "tilgangstest-kaller.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth(user, user);
    return template.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }

  private static byte[] readResource(String path) {
    try (var in = AccessRulesTest.class.getClassLoader().getResourceAsStream(path)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aCaseworkerWorksTheTasksOfTheirGroupInTheirMunicipality() throws Exception {
    String extra = start("kari", "5028", "2030-01-01T12:00:00");
    String task = taskOf(extra);
    assertThat(rest.post("kari", "/task/" + task + "/complete", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(extra).finished().count()).isOne();
  }

  @Test
  void tasklistFiltersShowMyTasksMyGroupsTasksAndTasksDueToday() throws Exception {
    JsonNode filters = json(rest.get("kari", "/filter?maxResults=10"));
    assertThat(filters.findParents("resourceType").stream().map(f -> f.get("name").asText()))
        .containsExactlyInAnyOrder("Mine oppgaver", "Min gruppes oppgaver", "Frist i dag");
    for (JsonNode filter : filters) {
      // the task card names the case by its number first, then the service and the municipality in words
      assertThat(filter.at("/properties/variables").findValuesAsText("name"))
          .containsExactly("saksnummer", "tjenesteNavn", "kommuneNavn");
      assertThat(filter.at("/properties/variables/0/label").asText()).isEqualTo("Saksnummer");
      String id = filter.get("id").asText();
      List<String> cases = json(rest.get("kari", "/filter/" + id + "/list?maxResults=100"))
          .findValuesAsText("processInstanceId");
      switch (filter.get("name").asText()) {
        case "Mine oppgaver" -> assertThat(cases).doesNotContain(melhusCase);
        case "Min gruppes oppgaver", "Frist i dag" -> assertThat(cases).contains(melhusCase).doesNotContain(malvikCase);
        default -> throw new AssertionError(filter);
      }
    }
    JsonNode monaDueToday = json(rest.get("mona", "/filter/" + idOf(filters, "Frist i dag") + "/list?maxResults=100"));
    assertThat(monaDueToday.findValuesAsText("processInstanceId")).doesNotContain(malvikCase);
    assertThat(json(rest.get("rita", "/filter?maxResults=10"))).isEmpty();
  }

  private static String idOf(JsonNode filters, String name) {
    for (JsonNode filter : filters) {
      if (name.equals(filter.get("name").asText())) {
        return filter.get("id").asText();
      }
    }
    throw new AssertionError("no filter " + name);
  }
}
