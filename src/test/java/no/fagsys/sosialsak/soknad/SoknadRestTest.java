package no.fagsys.sosialsak.soknad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.fagsys.sosialsak.platform.EngineRest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A caseworker starts an application over the engine REST API as the Tasklist start form does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SoknadRestTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  @Autowired RuntimeService runtimeService;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(template);
  }

  static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  static Map<String, Object> start(String kommunenummer, String soknadsdato) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("tjeneste", variable("OKONOMISK_STONAD", "String"));
    variables.put("kommunenummer", variable(kommunenummer, "String"));
    variables.put("kanal", variable("TELEFON", "String"));
    variables.put("soknadsdato", variable(soknadsdato, "String"));
    variables.put("nodsituasjon", variable(false, "Boolean"));
    variables.put("antallBarnIHusstanden", variable(1, "Integer"));
    variables.put("sokerReferanse", variable("SOKER-REST-1", "String"));
    return Map.of("variables", variables);
  }

  @Test
  void kariStarterEnSoknadSomFarSaksnummerOgHorerTilMelhus() throws Exception {
    ResponseEntity<String> response = rest.post("kari", "/process-definition/key/soknad/start",
        start("5028", LocalDate.now().toString()));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode instance = JSON.readTree(response.getBody());
    assertThat(instance.get("businessKey").asText()).matches("\\d{4}-5028-\\d{6}");
    assertThat(instance.get("tenantId").asText()).isEqualTo("5028");

    JsonNode kariTasks = JSON.readTree(rest.get("kari",
        "/task?processInstanceId=" + instance.get("id").asText() + "&maxResults=10").getBody());
    assertThat(kariTasks.findValuesAsText("taskDefinitionKey")).containsExactly("Task_KartleggSoknad");
    JsonNode monaTasks = JSON.readTree(rest.get("mona",
        "/task?processInstanceId=" + instance.get("id").asText() + "&maxResults=10").getBody());
    assertThat(monaTasks).isEmpty();
  }

  @Test
  void ugyldigSoknadAvvisesMedFeltnavnOgStartesIkke() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("soknad").count();
    ResponseEntity<String> response = rest.post("kari", "/process-definition/key/soknad/start",
        start("5028", "2999-01-01"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("soknadsdato: kan ikke være etter dagens dato");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("soknad").count()).isEqualTo(before);
  }
}
