package no.fagsys.sosialsak.vilkarsbrudd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import no.fagsys.sosialsak.platform.EngineRest;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Elements;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Messages;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Kari (saksbehandler, 5028) reports a condition breach on a Melhus decision over the engine REST API as the
 * Tasklist start form does, sends the advance notice, and gets the assessment once the party's statement has arrived.
 * The statement is correlated through {@link RuntimeService}, as the integration that receives it does: caseworkers
 * have no message-correlation right (UPDATE_INSTANCE) on process definitions, and this test shows they still do not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VilkarsbruddRestTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired RuntimeService runtimeService;
  @Autowired VedtakRegister register;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(template);
  }

  static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }

  static Map<String, Object> start(String vedtakId, String kommunenummer) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("vedtakId", string(vedtakId));
    variables.put("kommunenummer", string(kommunenummer));
    variables.put("vilkar", string("Møte til avtalt aktivitet hos NAV hver uke."));
    variables.put("hendelse", string("Har ikke møtt de tre siste ukene."));
    return Map.of("variables", variables);
  }

  Vedtak vedtak() {
    String saksnummer = LocalDate.now().getYear() + "-5028-9" + ThreadLocalRandom.current().nextInt(10000, 99999);
    return VilkarsbruddTestSupport.vedtakMedVilkar(register, saksnummer, "5028",
        "Møte til avtalt aktivitet hos NAV hver uke.", true, LocalDate.now().minusMonths(1));
  }

  JsonNode tasks(String user, String processInstanceId) throws Exception {
    return JSON.readTree(rest.get(user, "/task?processInstanceId=" + processInstanceId + "&maxResults=10").getBody());
  }

  String task(String user, String processInstanceId, String element) throws Exception {
    JsonNode tasks = tasks(user, processInstanceId);
    assertThat(tasks.findValuesAsText("taskDefinitionKey")).containsExactly(element);
    return tasks.get(0).get("id").asText();
  }

  @Test
  void kariMelderVilkarsbruddSenderForhandsvarselOgVurdererEtterUttalelsen() throws Exception {
    Vedtak vedtak = vedtak();
    ResponseEntity<String> response = rest.post("kari", "/process-definition/key/vilkarsbrudd/start",
        start(vedtak.id(), "5028"));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode instance = JSON.readTree(response.getBody());
    String id = instance.get("id").asText();
    assertThat(instance.get("businessKey").asText()).isEqualTo(vedtak.saksnummer() + "-V1");
    assertThat(instance.get("tenantId").asText()).isEqualTo("5028");
    assertThat(tasks("mona", id)).isEmpty();

    String vurder = task("kari", id, Elements.VURDER_VILKARSBRUDD);
    assertThat(rest.post("kari", "/task/" + vurder + "/complete", Map.of("variables", Map.of(
        "vilkaretLovligStilt", Map.of("value", true, "type", "Boolean"),
        "bruddetSkalFaKonsekvens", Map.of("value", true, "type", "Boolean"),
        "vilkarsbruddVurdering", string("Ingen gyldig grunn til fraværet."))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String varsel = task("kari", id, Elements.SEND_FORHANDSVARSEL);
    ResponseEntity<String> forMye = rest.post("kari", "/task/" + varsel + "/complete", Map.of("variables", Map.of(
        "foreslattKonsekvens", string("AVSLUTT_ALT"))));
    assertThat(forMye.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forMye.getBody()).contains("foreslattKonsekvens: ugyldig verdi 'AVSLUTT_ALT'");
    assertThat(rest.post("kari", "/task/" + varsel + "/complete", Map.of("variables", Map.of(
        "foreslattKonsekvens", string("REDUKSJON"),
        "forhandsvarselTekst", string("Vi vurderer å redusere stønaden fordi vilkåret om aktivitet er brutt."))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasks("kari", id)).isEmpty();

    ResponseEntity<String> kariKorrelerer = rest.post("kari", "/message", Map.of(
        "messageName", Messages.UTTALELSE_MOTTATT, "businessKey", instance.get("businessKey").asText()));
    assertThat(kariKorrelerer.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
    assertThat(tasks("kari", id)).isEmpty();

    runtimeService.createMessageCorrelation(Messages.UTTALELSE_MOTTATT)
        .processInstanceBusinessKey(instance.get("businessKey").asText())
        .setVariable("uttalelse", "Jeg var syk.").correlate();
    task("kari", id, Elements.VURDER_KONSEKVENS);
  }

  @Test
  void ukjentVedtakOgFeilKommuneAvvisesMed400() {
    ResponseEntity<String> ukjent = rest.post("kari", "/process-definition/key/vilkarsbrudd/start",
        start("finnes-ikke", "5028"));
    assertThat(ukjent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ukjent.getBody()).contains("vedtakId: finner ikke vedtaket 'finnes-ikke'");

    ResponseEntity<String> feilKommune = rest.post("mona", "/process-definition/key/vilkarsbrudd/start",
        start(vedtak().id(), "5031"));
    assertThat(feilKommune.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // Another municipality's decision answers exactly as an unknown one: no existence oracle.
    assertThat(feilKommune.getBody()).contains("vedtakId: finner ikke vedtaket").doesNotContain("5028");
  }
}
