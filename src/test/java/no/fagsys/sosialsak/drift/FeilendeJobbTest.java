package no.fagsys.sosialsak.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A job that fails: the engine's default retry cycle ({@code failedJobRetryTimeCycle: R3/PT5M} in application.yaml)
 * tries it three times five minutes apart, then leaves an incident that Cockpit shows (the incident REST API it uses,
 * as {@code demo} and as the auditor {@code rita}); when the cause is fixed and an operator sets retries, the case
 * resumes and the step's effect happens exactly once. The decision stored before the failure in the same job is
 * rolled back with it every time, so a retried job never leaves a second decision behind.
 *
 * <p>The job is the decision step ({@code fattVedtak}, the real delegate and JDBC register) as an asynchronous
 * continuation followed by an archiving step that fails ({@link BrevarkivForTest}), in a test model; the engine clock
 * is moved with {@link ClockUtil}; the job executor is off in the tests, so the test runs the job when it is due.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeilendeJobbTest {

  static final String KEY = "driftFattVedtakIJobb";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired VedtakRegister register;

  @Autowired org.camunda.bpm.engine.TaskService taskService;
  EngineRest rest;

  @BeforeAll
  void deploy() {
    rest = new EngineRest(template);
    BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(VedtakProcess.Elements.UTFORM_VEDTAK)
          .camundaTaskListenerDelegateExpression("complete", "${" + VedtakProcess.Elements.BEAN_UTFORM_LISTENER + "}")
        .userTask(VedtakProcess.Elements.GODKJENN_VEDTAK)
          .camundaTaskListenerDelegateExpression("complete", "${" + VedtakProcess.Elements.BEAN_GODKJENN_LISTENER + "}")
        .serviceTask(VedtakProcess.Elements.FATT_VEDTAK).camundaAsyncBefore()
          .camundaDelegateExpression("${" + VedtakProcess.Elements.BEAN_FATT + "}")
        .serviceTask("Task_ArkiverVedtaksbrev").camundaClass(BrevarkivForTest.class.getName())
        .userTask("Task_FolgOpp").camundaCandidateGroups("saksbehandler")
        .endEvent()
        .done();
    repositoryService.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model)
        .deploy();
  }

  @AfterEach
  void reset() {
    BrevarkivForTest.nede = false;
    ClockUtil.reset();
  }

  @Test
  void threeAttemptsFiveMinutesApartThenAnIncidentThenTheCaseResumesOnce() throws Exception {
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(t0));
    String saksnummer = "DRIFT-" + UUID.randomUUID();
    String instance = godkjent(saksnummer);
    Job job = managementService.createJobQuery().processInstanceId(instance).singleResult();
    assertThat(job.getRetries()).isEqualTo(3);
    BrevarkivForTest.nede = true;

    // First attempt at once, then two more, each five minutes after the failure before it.
    Instant attempt = t0;
    for (int failures = 1; failures <= 3; failures++) {
      ClockUtil.setCurrentTime(Date.from(attempt));
      assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count()).isOne();
      assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining(BrevarkivForTest.FEIL);
      // The decision the failed job stored is rolled back with it.
      assertThat(register.finnForSak(saksnummer)).isEmpty();
      Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
      assertThat(failed.getRetries()).isEqualTo(3 - failures);
      assertThat(failed.getExceptionMessage()).contains(BrevarkivForTest.FEIL);
      if (failures < 3) {
        Instant next = attempt.plus(Duration.ofMinutes(5));
        assertThat(failed.getDuedate()).isEqualTo(Date.from(next));
        ClockUtil.setCurrentTime(Date.from(next.minusSeconds(1)));
        assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count()).isZero();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
        attempt = next;
      }
    }
    assertThat(historyService.createHistoricJobLogQuery().jobId(job.getId()).failureLog().count()).isEqualTo(3);

    // No retries left: an incident, as Cockpit shows it to the administrator and to the auditor.
    assertThat(managementService.createJobQuery().jobId(job.getId()).noRetriesLeft().count()).isOne();
    for (String user : new String[] {"demo", "rita"}) {
      ResponseEntity<String> incidents = rest.get(user, "/incident?maxResults=50&processInstanceId=" + instance);
      assertThat(incidents.getStatusCode()).as(incidents.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode list = JSON.readTree(incidents.getBody());
      assertThat(list).as(user).hasSize(1);
      assertThat(list.get(0).get("incidentType").asText()).isEqualTo("failedJob");
      assertThat(list.get(0).get("activityId").asText()).isEqualTo(VedtakProcess.Elements.FATT_VEDTAK);
      assertThat(list.get(0).get("incidentMessage").asText()).contains(BrevarkivForTest.FEIL);
      assertThat(list.get(0).get("configuration").asText()).isEqualTo(job.getId());
    }

    // The archive answers again; the operator sets retries (Cockpit: "Retry"), the incident is resolved.
    BrevarkivForTest.nede = false;
    managementService.setJobRetries(job.getId(), 1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance).count()).isZero();
    managementService.executeJob(job.getId());

    assertThat(register.finnForSak(saksnummer)).hasSize(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
        .activityId(VedtakProcess.Elements.FATT_VEDTAK).count()).isOne();
    assertThat(historyService.createHistoricJobLogQuery().jobId(job.getId()).successLog().count()).isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).activityIdIn("Task_FolgOpp")
        .count()).isOne();
    assertThat(runtimeService.getVariable(instance, "vedtakId"))
        .isEqualTo(register.finnForSak(saksnummer).get(0).id());
  }

  /**
   * Starts the test process with a complete draft and has kari draft and kjell approve it, so {@code Task_FattVedtak}
   * waits as its asynchronous job; returns the instance id.
   */
  String godkjent(String saksnummer) {
    String instance = runtimeService.startProcessInstanceByKey(KEY, saksnummer, godkjentVedtak(saksnummer)).getId();
    for (String[] step : new String[][] {{VedtakProcess.Elements.UTFORM_VEDTAK, "kari"},
        {VedtakProcess.Elements.GODKJENN_VEDTAK, "kjell"}}) {
      String task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(step[0])
          .singleResult().getId();
      taskService.setAssignee(task, step[1]);
      taskService.complete(task, step[0].equals(VedtakProcess.Elements.GODKJENN_VEDTAK)
          ? Map.of("godkjent", true) : Map.of());
    }
    return instance;
  }

  /** The variables of a complete draft of a decision. */
  static Map<String, Object> godkjentVedtak(String saksnummer) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("saksnummer", saksnummer);
    variables.put("kommunenummer", "5028");
    variables.put("tjeneste", "OKONOMISK_STONAD");
    variables.put("vedtakUtfall", "INNVILGET");
    variables.put("vedtakBegrunnelse", "Du har ikke midler til nødvendig livsopphold.");
    variables.put("vedtakHjemmel", "sosialtjenesteloven § 18");
    variables.put("relevanteOpplysninger", "Søkeren er uten inntekt denne måneden.");
    variables.put("stonadsform", "BIDRAG");
    variables.put("antallBarnIHusstanden", 0);
    return variables;
  }
}
