package no.fagsys.sosialsak.angrep;

import static no.fagsys.sosialsak.angrep.Angrep.s;
import static no.fagsys.sosialsak.angrep.Angrep.v;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Hostile input: malformed or dangerous bodies answer 400 naming the problem, never 500, and save nothing; a lost
 * race between completions answers 409; the engine REST start applies the same guard on the applicant reference as
 * the domain API and refuses undeclared start variables.
 */
class FeilAngrepTest extends AngrepMotEnSak {



  private ResponseEntity<String> raw(String user, HttpMethod method, String path, String body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, user);
    headers.setContentType(type);
    return template.exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void ondsinnedeKropperAvvisesMed400OgIngentingLagres() {
    String complete = "/task/" + task + "/complete";
    Map<String, String> kropper = new LinkedHashMap<>();
    kropper.put("NUL som escape", "{\"variables\":{\"planNotat\":{\"value\":\"a\\u0000b\",\"type\":\"String\"}}}");
    kropper.put("NUL som byte", "{\"variables\":{\"planNotat\":{\"value\":\"a\u0000b\",\"type\":\"String\"}}}");
    kropper.put("null", "null");
    kropper.put("ugyldig JSON", "{\"variables\":");
    kropper.put("null-verdi", "{\"variables\":{\"planNotat\":null}}");
    kropper.put("Object-type", "{\"variables\":{\"planNotat\":{\"value\":\"rO0ABXQAAWE=\",\"type\":\"Object\","
        + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
        + "\"application/x-java-serialized-object\"}}}}");
    kropper.put("Json-type", "{\"variables\":{\"planNotat\":{\"value\":\"{}\",\"type\":\"Json\"}}}");
    kropper.put("objektverdi", "{\"variables\":{\"planNotat\":{\"value\":{\"a\":1},\"type\":\"String\"}}}");
    kropper.put("for lang tekst", "{\"variables\":{\"planNotat\":{\"value\":\"" + "x".repeat(20_001)
        + "\",\"type\":\"String\"}}}");
    kropper.put("ugyldig navn", "{\"variables\":{\"plan Notat;DROP\":{\"value\":\"x\",\"type\":\"String\"}}}");
    List<String> feil = new ArrayList<>();
    for (Map.Entry<String, String> kropp : kropper.entrySet()) {
      ResponseEntity<String> response = raw("kari", HttpMethod.POST, complete, kropp.getValue(),
          MediaType.APPLICATION_JSON);
      if (response.getStatusCode() != HttpStatus.BAD_REQUEST || response.getBody() == null
          || response.getBody().contains("Exception:") || response.getBody().contains("\tat ")) {
        feil.add(kropp.getKey() + ": " + response.getStatusCode() + " " + response.getBody());
      }
    }
    String stor = "{\"variables\":{\"planNotat\":{\"value\":\"" + "x".repeat(1_100_000) + "\",\"type\":\"String\"}}}";
    ResponseEntity<String> forStor = raw("kari", HttpMethod.POST, complete, stor, MediaType.APPLICATION_JSON);
    if (forStor.getStatusCode() != HttpStatus.BAD_REQUEST) {
      feil.add("for stor: " + forStor.getStatusCode());
    }
    ResponseEntity<String> multipart = raw("kari", HttpMethod.POST, complete, "--x\r\n\r\n--x--",
        MediaType.parseMediaType("multipart/form-data; boundary=x"));
    if (multipart.getStatusCode() != HttpStatus.BAD_REQUEST) {
      feil.add("multipart: " + multipart.getStatusCode() + " " + multipart.getBody());
    }
    ResponseEntity<String> binary = raw("demo", HttpMethod.POST,
        "/process-instance/" + instance + "/variables/fil/data", "--x\r\n\r\n--x--",
        MediaType.parseMediaType("multipart/form-data; boundary=x"));
    if (binary.getStatusCode() != HttpStatus.BAD_REQUEST) {
      feil.add("binær variabel: " + binary.getStatusCode() + " " + binary.getBody());
    }
    assertThat(feil).isEmpty();
    assertThat(angrep.task(instance, "Task_KartleggSoknad")).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(instance, "planNotat")).isNull();
  }

  @Test
  void samtidigeFullforingerGirEnVinnerOgEllers409AldriEn500() throws Exception {
    String vedtak = angrep.vedtakFor("2026-5028-" + (100000 + (int) (Math.random() * 800000)), "5028");
    String utform = angrep.task(vedtak, Elements.UTFORM_VEDTAK).getId();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<ResponseEntity<String>>> svar = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        svar.add(pool.submit(() -> angrep.complete("kari", utform, Angrep.utkast())));
      }
      int ok = 0;
      for (Future<ResponseEntity<String>> f : svar) {
        ResponseEntity<String> response = f.get();
        if (response.getStatusCode() == HttpStatus.NO_CONTENT) {
          ok++;
        } else {
          assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        }
      }
      assertThat(ok).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(angrep.task(vedtak, Elements.GODKJENN_VEDTAK)).isNotNull();
  }

  @Test
  void motorensRestStartHarSammeVaktPaSokerreferansenSomDomeneApiet() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("soknad").count();
    for (String referanse : List.of("01010112345", "010101-12345", "010101 12345", "0101.01.12345",
        "\uFF10\uFF11\uFF10\uFF11\uFF10\uFF11\uFF11\uFF12\uFF13\uFF14\uFF15", "x".repeat(65))) {
      Map<String, Object> variables = Angrep.soknadStart("5028");
      variables.put("sokerReferanse", s(referanse));
      ResponseEntity<String> response = angrep.rest.post("kari", "/process-definition/key/soknad/start",
          Map.of("variables", variables));
      assertThat(response.getStatusCode()).as(referanse).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody()).contains("sokerReferanse").doesNotContain(referanse.substring(0, 6));
    }
    Map<String, Object> udeklarert = Angrep.soknadStart("5028");
    udeklarert.put("saksstatus", s("INNVILGET"));
    udeklarert.put("hvaSomHelst", v(1, "Integer"));
    ResponseEntity<String> response = angrep.rest.post("kari", "/process-definition/key/soknad/start",
        Map.of("variables", udeklarert));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("hvaSomHelst").contains("saksstatus");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("soknad").count())
        .isEqualTo(before);
  }
}
