package no.fagsys.sosialsak.klage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import no.fagsys.sosialsak.brev.BrevTestSupport;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Tidslinje;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A complaint over the engine REST API as the demo users: kari registers it on an issued decision of Melhus (5028),
 * an unknown decision is refused with 400 and starts nothing, and once the municipality forwards it, Statsforvalteren
 * (sara) sees exactly that task, and a caseworker of Malvik (mona) sees nothing of the case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KlageRestTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired VedtakRegister register;
  @Autowired ApplicationContext context;
  @Autowired Tidslinje tidslinje;
  @Autowired BrevArkiv brevArkiv;

  EngineRest rest;
  Vedtak vedtak;

  @BeforeAll
  void anIssuedDecisionOfMelhus() {
    rest = new EngineRest(template);
    LocalDate vedtaksdato = LocalDate.now().minusDays(2);
    String saksnummer = vedtaksdato.getYear() + "-5028-" + (900000 + (int) (Math.random() * 99999));
    vedtak = new Vedtak(UUID.randomUUID().toString(), saksnummer, "5028", "klage-rest-test", "OKONOMISK_STONAD",
        "SOKNAD", "AVSLATT", "sosialtjenesteloven § 18", "Søkeren kan dekke utgiftene på andre måter.", null, null,
        null, vedtaksdato, Frister.klagefrist(vedtaksdato), "BIDRAG", null, null, null, "kari", "kjell", null,
        Instant.now());
    register.lagre(vedtak);
  }

  static Map<String, Object> value(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  static Map<String, Object> klage(String vedtakId) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("vedtakId", value(vedtakId, "String"));
    variables.put("kommunenummer", value("5028", "String"));
    variables.put("klageMottattDato", value(LocalDate.now().toString(), "String"));
    variables.put("klagetekst", value("Jeg klager på avslaget.", "String"));
    for (String fakta : List.of("gjelderEnkeltvedtak", "klagerHarKlagerett", "skriftligOgUndertegnet",
        "angirVedtakOgOnsketEndring")) {
      variables.put(fakta, value(true, "Boolean"));
    }
    variables.put("saerligeGrunnerForSenKlage", value(false, "Boolean"));
    return Map.of("variables", variables);
  }

  JsonNode json(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  JsonNode tasks(String user, String businessKey) throws Exception {
    return json(rest.get(user, "/task?processInstanceBusinessKey=" + businessKey + "&maxResults=50"));
  }

  void complete(String user, String taskId, Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, v) -> typed.put(name, Map.of("value", v)));
    ResponseEntity<String> response = rest.post(user, "/task/" + taskId + "/complete", Map.of("variables", typed));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void tasklistShowsKariTheStartForm() throws Exception {
    JsonNode form = json(rest.get("kari", "/process-definition/key/klage/deployed-start-form"));
    assertThat(form.get("id").asText()).isEqualTo(KlageProcess.Elements.FORM_START);
    assertThat(form.toString()).contains("\"key\":\"vedtakId\"").contains("\"key\":\"klageMottattDato\"");
  }

  @Test
  void unknownDecisionIsRefusedWith400NamingTheFieldAndNoCaseIsStarted() {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KlageProcess.KEY).count();
    ResponseEntity<String> response = rest.post("kari", "/process-definition/key/klage/start", klage("finnes-ikke"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("vedtakId: det finnes ikke noe fattet vedtak med id 'finnes-ikke'");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(KlageProcess.KEY).count())
        .isEqualTo(before);
  }

  @Test
  void kariRegistersAComplaintThatSaraSeesOnlyWhenForwardedAndMonaNever() throws Exception {
    JsonNode instance = json(rest.post("kari", "/process-definition/key/klage/start", klage(vedtak.id())));
    String businessKey = instance.get("businessKey").asText();
    assertThat(businessKey).matches(vedtak.saksnummer() + "-K\\d+");
    assertThat(instance.get("tenantId").asText()).isEqualTo("5028");

    JsonNode kari = tasks("kari", businessKey);
    assertThat(kari.findValuesAsText("taskDefinitionKey")).containsExactly(KlageProcess.Elements.BEHANDLE_KLAGEN);
    assertThat(tasks("sara", businessKey)).isEmpty();
    assertThat(tasks("mona", businessKey)).isEmpty();

    complete("kari", kari.get(0).get("id").asText(), Map.of("undersokelser", "Ingen nye opplysninger.",
        "kommunensUtfall", "OPPRETTHOLDE", "kommunensBegrunnelse", "Vedtaket er riktig."));
    String forbered = tasks("kari", businessKey).get(0).get("id").asText();
    complete("kari", forbered, Map.of("oversendelsesbrev", "Kommunen opprettholder vedtaket.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nKlagen"));

    JsonNode sara = tasks("sara", businessKey);
    assertThat(sara.findValuesAsText("taskDefinitionKey"))
        .containsExactly(KlageProcess.Elements.BEHANDLE_KLAGE_STATSFORVALTEREN);
    assertThat(tasks("kari", businessKey)).isEmpty();
    assertThat(tasks("mona", businessKey)).isEmpty();
    assertThat(rest.get("mona", "/process-instance/" + instance.get("id").asText()).getStatusCode().is4xxClientError())
        .isTrue();
    // Everything sara sees anywhere is routed to Statsforvalteren: no municipal task.
    JsonNode allOfSara = json(rest.get("sara", "/task?maxResults=200"));
    assertThat(allOfSara.findValuesAsText("taskDefinitionKey")).allMatch(key -> key.startsWith("Task_")
        && List.of(KlageProcess.Elements.BEHANDLE_KLAGE_STATSFORVALTEREN,
            KlageProcess.Elements.UTSATT_IVERKSETTELSE_STATSFORVALTEREN).contains(key));
    // Tasklist shows her the form and the case's variables.
    String saraTask = sara.get(0).get("id").asText();
    assertThat(rest.get("sara", "/task/" + saraTask + "/deployed-form").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json(rest.get("sara", "/task/" + saraTask + "/form-variables")).has("klagetekst")).isTrue();
    assertThat(rest.get("sara", "/process-definition/key/klage").getStatusCode()).isEqualTo(HttpStatus.OK);

    complete("sara", saraTask, Map.of("statsforvalterensUtfall", "STADFESTE",
        "statsforvalterensBegrunnelse", "Vedtaket stadfestes."));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.get("id").asText()).count())
        .isZero();
  }

  /** kari registers a complaint and forwards it; returns its business key. */
  String forwarded() throws Exception {
    String businessKey = json(rest.post("kari", "/process-definition/key/klage/start", klage(vedtak.id())))
        .get("businessKey").asText();
    complete("kari", tasks("kari", businessKey).get(0).get("id").asText(), Map.of("undersokelser", "Ingen.",
        "kommunensUtfall", "OPPRETTHOLDE", "kommunensBegrunnelse", "Vedtaket er riktig."));
    complete("kari", tasks("kari", businessKey).get(0).get("id").asText(), Map.of("oversendelsesbrev", "Brev.",
        "kopiSendtKlager", true, "vedlegg", "Vedtaket\nKlagen"));
    return businessKey;
  }

  @Test
  void saraDecidesDeferredImplementationAndQuashesAndTheMunicipalityDraftsTheNewDecision() throws Exception {
    String businessKey = forwarded();
    // The request arrives from the complainant through the domain API, which correlates as the system: caseworkers
    // have no UPDATE on process instances over the engine REST API (least privilege).
    assertThat(rest.post("kari", "/message", Map.of("messageName",
        KlageProcess.Messages.UTSATT_IVERKSETTELSE_BEGJAERT, "businessKey", businessKey)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    runtimeService.createMessageCorrelation(KlageProcess.Messages.UTSATT_IVERKSETTELSE_BEGJAERT)
        .processInstanceBusinessKey(businessKey).tenantId("5028").correlate();
    JsonNode sara = tasks("sara", businessKey);
    assertThat(sara.findValuesAsText("taskDefinitionKey")).containsExactlyInAnyOrder(
        KlageProcess.Elements.BEHANDLE_KLAGE_STATSFORVALTEREN, KlageProcess.Elements.UTSATT_IVERKSETTELSE_STATSFORVALTEREN);
    for (JsonNode task : sara) {
      if (task.get("taskDefinitionKey").asText().equals(KlageProcess.Elements.UTSATT_IVERKSETTELSE_STATSFORVALTEREN)) {
        complete("sara", task.get("id").asText(), Map.of("utsattIverksettelseInnvilget", true,
            "utsattIverksettelseBegrunnelse", "Vedtaket iverksettes ikke før klagen er avgjort."));
      }
    }
    assertThat(register.utsattIverksettelse(vedtak.id())).anySatisfy(u -> {
      assertThat(u.instans()).isEqualTo("STATSFORVALTEREN");
      assertThat(u.besluttetAv()).isEqualTo("sara");
      assertThat(u.saksnummer()).isEqualTo(businessKey);
    });

    complete("sara", tasks("sara", businessKey).get(0).get("id").asText(), Map.of("statsforvalterensUtfall", "OPPHEVE",
        "statsforvalterensBegrunnelse", "Saken er ikke godt nok opplyst."));
    assertThat(tasks("sara", businessKey)).isEmpty();
    assertThat(tasks("kari", businessKey).findValuesAsText("taskDefinitionKey")).containsExactly("Task_UtformVedtak");
    assertThat(tasks("kari", businessKey).findValuesAsText("tenantId")).containsOnly("5028");
  }

  @Test
  void saraChangesTheDecisionAndHerDecisionIsStoredInTheRegister() throws Exception {
    String businessKey = forwarded();
    complete("sara", tasks("sara", businessKey).get(0).get("id").asText(), Map.of("statsforvalterensUtfall", "ENDRE",
        "statsforvalterensVedtakUtfall", "INNVILGET", "statsforvalterensHjemmel", "sosialtjenesteloven § 18",
        "statsforvalterensBegrunnelse", "Søkeren har rett til stønad."));
    String id = historyService.createHistoricVariableInstanceQuery().variableName("statsforvalterensVedtakId")
        .processInstanceIdIn(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
            .singleResult().getId()).singleResult().getValue().toString();
    Vedtak stored = register.finn(id).orElseThrow();
    assertThat(stored.erstatterVedtakId()).isEqualTo(vedtak.id());
    assertThat(stored.vedtakGjelder()).isEqualTo("KLAGE");
    assertThat(stored.utformetAv()).isEqualTo("sara");
    assertThat(stored.godkjentAv()).isEqualTo("sara");
    assertThat(stored.kommunenummer()).isEqualTo("5028");
    assertThat(stored.klagefrist()).isEqualTo(stored.vedtaksdato());

    // Statsforvalteren's decision went out as a letter, on the timeline once: the klageAvgjort event carries it.
    List<Hendelse> avgjort = tidslinje.hendelser(vedtak.saksnummer()).stream()
        .filter(h -> h.type().equals(Hendelse.Type.KLAGE_AVGJORT)).toList();
    assertThat(avgjort).hasSize(1);
    assertThat(avgjort.get(0).felter()).containsEntry("avgjortAv", "STATSFORVALTEREN").containsEntry("utfall", "ENDRE");
    Brev brev = brevArkiv.finn(avgjort.get(0).brevId()).orElseThrow();
    assertThat(brev.type()).isEqualTo(BrevType.STATSFORVALTERENS_VEDTAK);
    assertThat(BrevTestSupport.tekst(brev)).contains("Statsforvalteren i Trøndelag", "kan ikke påklages videre");
  }

  @Test
  void everyBeanTheKlageModelNamesExistsWithTheRightType() throws Exception {
    java.util.Set<String> expressions = new java.util.TreeSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"")
        .matcher(java.nio.file.Files.readString(java.nio.file.Path.of("processes/klage.bpmn")));
    while (m.find()) {
      expressions.add(m.group(1));
    }
    assertThat(expressions).containsExactlyInAnyOrder(KlageProcess.Elements.BEAN_REGISTRER,
        KlageProcess.Elements.BEAN_OVERSEND, KlageProcess.Elements.BEAN_STATSFORVALTERENS_VEDTAK,
        KlageProcess.Elements.BEAN_SEND_STATSFORVALTERENS_VEDTAK, KlageProcess.Elements.BEAN_RETTINGSBREV,
        KlageProcess.Elements.BEAN_BEHANDLE, "registrerUtsattIverksettelse");
    assertThat(context.getBean(KlageProcess.Elements.BEAN_BEHANDLE)).isInstanceOf(TaskListener.class);
    assertThat(context.getBean(KlageProcess.Elements.BEAN_REGISTRER)).isInstanceOf(ExecutionListener.class);
    assertThat(context.getBean(KlageProcess.Elements.BEAN_OVERSEND)).isInstanceOf(TaskListener.class);
    assertThat(context.getBean(KlageProcess.Elements.BEAN_STATSFORVALTERENS_VEDTAK)).isInstanceOf(JavaDelegate.class);
    assertThat(context.getBean("registrerUtsattIverksettelse")).isInstanceOf(JavaDelegate.class);
    assertThat(context.getBean(KlageProcess.Elements.BEAN_SEND_STATSFORVALTERENS_VEDTAK))
        .isInstanceOf(JavaDelegate.class);
  }
}
