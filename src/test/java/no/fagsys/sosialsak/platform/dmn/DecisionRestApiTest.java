package no.fagsys.sosialsak.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.platform.EngineRest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Other systems evaluate the decisions through the engine REST API: every decision of SPEC § 3, deployed by the
 * application, answers its CSV rows there for an authenticated caseworker, is recorded in history with inputs and
 * outputs for the auditor, refuses anonymous callers and names a missing input.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DecisionRestApiTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate template;
  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(template);
  }

  private static Map<String, Object> body(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      String type = value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String";
      Map<String, Object> variable = new LinkedHashMap<>();
      variable.put("value", value);
      variable.put("type", type);
      typed.put(name, variable);
    });
    return Map.of("variables", typed);
  }

  private ResponseEntity<String> evaluate(String user, String key, Map<String, Object> variables) {
    return rest.post(user, "/decision-definition/key/" + key + "/evaluate", body(variables));
  }

  @Test
  void everyDecisionAnswersItsTableRowsOverRestAndIsRecordedInHistory() throws Exception {
    for (String key : DecisionTables.KEYS) {
      List<DecisionCsv.Row> rows = DecisionCsv.rows(key).stream().filter(row -> !row.expectsError()).toList();
      assertThat(rows).as(key).isNotEmpty();
      String output = DecisionCsv.outputNames(key).get(0);
      for (DecisionCsv.Row row : rows) {
        ResponseEntity<String> response = evaluate("kari", key, DecisionCsv.variables(row));
        assertThat(response.getStatusCode()).as(key + " " + row.cells()).isEqualTo(HttpStatus.OK);
        JsonNode result = JSON.readTree(response.getBody());
        assertThat(result).as(key).hasSize(1);
        assertThat(result.get(0).get(output).get("value").asText()).as(key + " " + row.cells()).isEqualTo(row.get(output));
      }
      JsonNode history = JSON.readTree(rest.get("rita", "/history/decision-instance?decisionDefinitionKey=" + key
          + "&includeInputs=true&includeOutputs=true&maxResults=1").getBody());
      assertThat(history).as(key).hasSize(1);
      assertThat(history.get(0).get("inputs")).as(key).isNotEmpty();
      assertThat(history.get(0).get("outputs").findValuesAsText("variableName")).as(key).contains(output);
    }
  }

  @Test
  void anonymousCallersCannotEvaluate() {
    assertThat(evaluate(null, "vilkarGyldig", Map.of()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aMissingInputIsRefusedWithItsName() {
    ResponseEntity<String> response = evaluate("kari", "rettTilKvalifiseringsprogram", Map.of("alder", 30));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats");
    ResponseEntity<String> negative = evaluate("kari", "vilkarOmAktivitet", Map.of("alder", -1,
        "tungtveiendeGrunnerMotAktivitetsvilkar", false, "manglendeNorskEllerSamiskkunnskaperErArsak", false,
        "hattRettOgPliktTilIntroduksjonsprogram", false, "samiskspraklig", false));
    assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negative.getBody()).contains("alder");
    assertThat(rest.get("kari", "/decision-definition/key/ukjentBeslutning").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
