package no.fagsys.sosialsak.vedtak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import no.fagsys.sosialsak.brev.Levering;
import no.fagsys.sosialsak.brev.Leveringskanal;
import no.fagsys.sosialsak.brev.Leveringsregister;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Elements;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The new-decision steps in the application, over the engine REST API with HTTP Basic as the demo users: the
 * decision is stored by the JDBC register in the table {@code vedtak} (Liquibase), the engine refuses an approval by
 * the drafter with the Norwegian message, and the drafter's tasks and forms are those of their municipality.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VedtakRestTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired org.camunda.bpm.engine.ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired VedtakRegister register;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired BrevArkiv brevArkiv;
  @Autowired Leveringsregister leveringer;

  EngineRest rest;

  @BeforeAll
  void client() {
    rest = new EngineRest(template);
  }

  private static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  /**
   * Starts the new-decision steps as a calling process does (the engine, no user): a user may not start them
   * directly, which the first lines check over REST.
   */
  private String start(String user, String saksnummer) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("saksnummer", string(saksnummer));
    variables.put("kommunenummer", string("5028"));
    variables.put("tjeneste", string("OKONOMISK_STONAD"));
    variables.put("vedtakForslagUtfall", string("INNVILGET"));
    variables.put("vedtakForslagBegrunnelse", string("Du har ikke midler til nødvendig livsopphold."));
    variables.put("vedtakForslagHjemmel", string("sosialtjenesteloven § 18"));
    variables.put("antallBarnIHusstanden", Map.of("value", 0, "type", "Integer"));
    ResponseEntity<String> direct = rest.post(user, "/process-definition/key/" + VedtakProcess.KEY + "/start",
        Map.of("businessKey", saksnummer, "variables", variables));
    assertThat(direct.getStatusCode().is4xxClientError()).as(direct.getBody()).isTrue();
    Map<String, Object> plain = new LinkedHashMap<>();
    variables.forEach((name, value) -> plain.put(name, ((Map<?, ?>) value).get("value")));
    return runtimeService.startProcessInstanceByKey(VedtakProcess.KEY, saksnummer, plain).getId();
  }

  private String taskId(String processInstanceId, String element) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(element)
        .singleResult().getId();
  }

  private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
    return rest.post(user, "/task/" + taskId + "/complete", Map.of("variables", variables));
  }

  @Test
  void draftedByKariApprovedByKjellIsStoredAndTheDrafterCannotApprove() throws Exception {
    String saksnummer = "TEST-" + UUID.randomUUID();
    String instance = start("kari", saksnummer);

    String utkast = taskId(instance, Elements.UTFORM_VEDTAK);
    JsonNode form = JSON.readTree(rest.get("kari", "/task/" + utkast + "/deployed-form").getBody());
    assertThat(form.get("id").asText()).isEqualTo(Elements.FORM_UTFORM);
    JsonNode formVariables = JSON.readTree(rest.get("kari", "/task/" + utkast + "/form-variables").getBody());
    assertThat(formVariables.get("vedtakUtfall").get("value").asText()).isEqualTo("INNVILGET");

    Map<String, Object> draft = new LinkedHashMap<>();
    draft.put("relevanteOpplysninger", string("Søkeren er uten inntekt denne måneden."));
    draft.put("stonadsform", string("LAN"));
    draft.put("lanevilkar", string("Betales tilbake med 500 kroner i måneden."));
    draft.put("vilkar", string("Møt til samtale hver fjortende dag."));
    draft.put("informertOmReduksjon", Map.of("value", true, "type", "Boolean"));
    ResponseEntity<String> drafted = complete("kari", utkast, draft);
    assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    String godkjenning = taskId(instance, Elements.GODKJENN_VEDTAK);
    assertThat(taskService.createTaskQuery().taskId(godkjenning).singleResult().getTenantId()).isEqualTo("5028");
    Map<String, Object> approve = Map.of("godkjent", Map.of("value", true, "type", "Boolean"));

    // Kari is a caseworker: the approval task is not hers to work at all.
    ResponseEntity<String> asCaseworker = complete("kari", godkjenning, approve);
    assertThat(asCaseworker.getStatusCode()).as(asCaseworker.getBody()).isEqualTo(HttpStatus.FORBIDDEN);

    // Even as a leader too (a small office), the engine refuses her approval of her own draft.
    identityService.createMembership("kari", "leder");
    try {
      ResponseEntity<String> ownDraft = complete("kari", godkjenning, approve);
      assertThat(ownDraft.getStatusCode()).as(ownDraft.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(ownDraft.getBody()).contains("Du kan ikke godkjenne et vedtak du selv har utformet.");
    } finally {
      identityService.deleteMembership("kari", "leder");
    }
    assertThat(taskService.createTaskQuery().taskId(godkjenning).count()).isOne();
    assertThat(register.finnForSak(saksnummer)).isEmpty();

    ResponseEntity<String> approved = complete("kjell", godkjenning, approve);
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    // The approval commits without the letter: the decision is stored, and the case waits at the letter's step, a
    // job for the job executor, with no letter yet. Made, the letter ends the process.
    assertThat(register.finnForSak(saksnummer)).hasSize(1);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId(Elements.LAG_VEDTAKSBREV).count()).isOne();
    assertThat(jdbc.queryForObject("select count(*) from brev where saksnummer = ?", Integer.class, saksnummer))
        .isZero();
    assertThat(VedtakTestSupport.lagVedtaksbrev(engine)).isOne();

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count())
        .isOne();
    String vedtakId = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("vedtakId").singleResult().getValue();
    Vedtak vedtak = register.finn(vedtakId).orElseThrow();
    assertThat(vedtak.saksnummer()).isEqualTo(saksnummer);
    assertThat(vedtak.kommunenummer()).isEqualTo("5028");
    assertThat(vedtak.prosessinstansId()).isEqualTo(instance);
    assertThat(vedtak.tjeneste()).isEqualTo("OKONOMISK_STONAD");
    assertThat(vedtak.vedtakGjelder()).isEqualTo("SOKNAD");
    assertThat(vedtak.utfall()).isEqualTo("INNVILGET");
    assertThat(vedtak.hjemmel()).isEqualTo("sosialtjenesteloven § 18");
    assertThat(vedtak.begrunnelse()).isEqualTo("Du har ikke midler til nødvendig livsopphold.");
    assertThat(vedtak.relevanteOpplysninger()).isEqualTo("Søkeren er uten inntekt denne måneden.");
    assertThat(vedtak.stonadsform()).isEqualTo("LAN");
    assertThat(vedtak.lanevilkar()).startsWith("Betales tilbake");
    assertThat(vedtak.vilkar()).startsWith("Møt til samtale");
    assertThat(vedtak.informertOmReduksjon()).isTrue();
    assertThat(vedtak.utformetAv()).isEqualTo("kari");
    assertThat(vedtak.godkjentAv()).isEqualTo("kjell");
    assertThat(vedtak.erstatterVedtakId()).isNull();
    assertThat(vedtak.vedtaksdato()).isEqualTo(LocalDate.now(EngineTime.NORGE));
    assertThat(vedtak.klagefrist()).isEqualTo(Frister.klagefrist(vedtak.vedtaksdato()));
    assertThat(jdbc.queryForObject("select count(*) from vedtak where saksnummer = ?", Integer.class, saksnummer))
        .isOne();

    // The decision letter is in the table brev, with the office and the signers by name from the identity service.
    String brevId = (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("vedtaksbrevId").singleResult().getValue();
    Brev brev = brevArkiv.finn(brevId).orElseThrow();
    assertThat(brev.type()).isEqualTo(BrevType.VEDTAK);
    assertThat(brev.vedtakId()).isEqualTo(vedtakId);
    assertThat(brevArkiv.forSak(saksnummer)).extracting(Brev::id).containsExactly(brevId);
    assertThat(BrevTestSupport.tekst(brev)).containsSubsequence("Nav Melhus", saksnummer, "Vedtak",
        "Lånevilkår: Betales tilbake", "Klagen sendes Nav Melhus", navn("kjell"), navn("kari"));

    // Once committed, the letter was handed to the (in-process) digital mailbox and its delivery recorded: the day
    // the decision reached the party, from which the complaint deadline runs (fvl. § 29).
    Levering levering = leveringer.finn(brevId).orElseThrow();
    assertThat(levering.kanal()).isEqualTo(Leveringskanal.DIGITAL);
    assertThat(levering.levert()).isNotNull();
    assertThat(levering.mottatt()).isEqualTo(vedtak.vedtaksdato());
    assertThat(leveringer.vedtaksbrev(vedtakId)).contains(levering);
  }

  private String navn(String brukerId) {
    org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(brukerId).singleResult();
    return user.getFirstName() + " " + user.getLastName();
  }

  @Test
  void aReplacingDecisionRecordsWhatItReplaces() throws Exception {
    String saksnummer = "TEST-" + UUID.randomUUID();
    String forste = fattet(saksnummer, null);
    String andre = fattet(saksnummer, forste);
    assertThat(register.finn(andre).orElseThrow().erstatterVedtakId()).isEqualTo(forste);
    assertThat(register.finnForSak(saksnummer)).extracting(Vedtak::id).containsExactlyInAnyOrder(forste, andre);
  }

  private String fattet(String saksnummer, String erstatter) throws Exception {
    String instance = start("kari", saksnummer);
    if (erstatter != null) {
      taskService.setVariable(taskId(instance, Elements.UTFORM_VEDTAK), "erstatterVedtakId", erstatter);
    }
    Map<String, Object> draft = Map.of("relevanteOpplysninger", string("Opplysninger."),
        "stonadsform", string("BIDRAG"));
    assertThat(complete("kari", taskId(instance, Elements.UTFORM_VEDTAK), draft).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(complete("kjell", taskId(instance, Elements.GODKJENN_VEDTAK),
        Map.of("godkjent", Map.of("value", true, "type", "Boolean"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    VedtakTestSupport.lagVedtaksbrev(engine);
    return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("vedtakId").singleResult().getValue();
  }

  @Test
  void theDecisionIsWrittenInTheEnginesTransactionAndRolledBackWithIt() {
    // fattVedtak stores the decision, then the next step fails: the whole command, the row included, is undone.
    BpmnModelInstance model = Bpmn.createExecutableProcess("vedtakRullesTilbake").camundaHistoryTimeToLive(1)
        .startEvent("Event_Start")
        .userTask(Elements.UTFORM_VEDTAK).camundaTaskListenerDelegateExpression("complete", "${utformVedtakListener}")
        .userTask(Elements.GODKJENN_VEDTAK)
        .camundaTaskListenerDelegateExpression("complete", "${godkjennVedtakListener}")
        .serviceTask("Task_FattVedtak").camundaDelegateExpression("${fattVedtak}")
        .serviceTask("Task_Feiler").camundaExpression("${finnesIkke.feil()}")
        .endEvent("Event_Slutt").done();
    String deployment = repositoryService.createDeployment().name("vedtak-rollback-test")
        .addModelInstance("vedtakRullesTilbake.bpmn", model).deploy().getId();
    try {
      String saksnummer = "TEST-" + UUID.randomUUID();
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("kommunenummer", "5028");
      variables.put("tjeneste", "INDIVIDUELL_PLAN");
      variables.put("vedtakUtfall", "INNVILGET");
      variables.put("vedtakBegrunnelse", "Behov for langvarige og koordinerte tjenester.");
      variables.put("vedtakHjemmel", "sosialtjenesteloven § 28");
      variables.put("relevanteOpplysninger", "Opplysninger.");
      String instance = runtimeService.startProcessInstanceByKey("vedtakRullesTilbake", saksnummer, variables).getId();
      taskService.setAssignee(taskId(instance, Elements.UTFORM_VEDTAK), "kari");
      taskService.complete(taskId(instance, Elements.UTFORM_VEDTAK));
      String godkjenning = taskId(instance, Elements.GODKJENN_VEDTAK);
      taskService.setAssignee(godkjenning, "kjell");
      assertThatThrownBy(() -> taskService.complete(godkjenning, Map.of("godkjent", true)))
          .hasMessageContaining("finnesIkke");
      assertThat(register.finnForSak(saksnummer)).isEmpty();
      assertThat(brevArkiv.forSak(saksnummer)).as("the letter rendered and stored before the failure").isEmpty();
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  @Test
  void everyBeanTheModelNamesIsASpringBeanOfTheRightKind() throws Exception {
    BpmnModelInstance model;
    try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("processes/vedtak.bpmn"))) {
      model = Bpmn.readModelFromStream(in);
    }
    java.util.Set<String> expressions = new java.util.TreeSet<>();
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.ServiceTask.class)
        .forEach(t -> expressions.add(t.getCamundaDelegateExpression()));
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener.class)
        .forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
    model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class)
        .forEach(l -> expressions.add(l.getCamundaDelegateExpression()));
    assertThat(expressions).containsExactlyInAnyOrder("${" + Elements.BEAN_FATT + "}",
        "${" + Elements.BEAN_LAG_VEDTAKSBREV + "}",
        "${" + Elements.BEAN_FORBERED + "}", "${" + Elements.BEAN_UTFORM_LISTENER + "}",
        "${" + Elements.BEAN_GODKJENN_LISTENER + "}",
        "${" + no.fagsys.sosialsak.platform.integritet.KunSomDelprosess.BEAN + "}");
    assertThat(context.getBean(no.fagsys.sosialsak.platform.integritet.KunSomDelprosess.BEAN))
        .isInstanceOf(org.camunda.bpm.engine.delegate.ExecutionListener.class);
    assertThat(context.getBean(Elements.BEAN_FATT)).isInstanceOf(org.camunda.bpm.engine.delegate.JavaDelegate.class);
    assertThat(context.getBean(Elements.BEAN_LAG_VEDTAKSBREV))
        .isInstanceOf(org.camunda.bpm.engine.delegate.JavaDelegate.class);
    assertThat(context.getBean(Elements.BEAN_FORBERED))
        .isInstanceOf(org.camunda.bpm.engine.delegate.ExecutionListener.class);
    assertThat(context.getBean(Elements.BEAN_UTFORM_LISTENER))
        .isInstanceOf(org.camunda.bpm.engine.delegate.TaskListener.class);
    assertThat(context.getBean(Elements.BEAN_GODKJENN_LISTENER))
        .isInstanceOf(org.camunda.bpm.engine.delegate.TaskListener.class);
    assertThat(context.getBean(VedtakRegister.class)).isInstanceOf(JdbcVedtakRegister.class);
  }
}
