package no.fagsys.sosialsak.angrep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fagsys.sosialsak.platform.Webapp;
import no.fagsys.sosialsak.vedtak.GodkjennVedtakListener;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Elements;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A business refusal reaches the caseworker in Tasklist as it reaches an integration on {@code /engine-rest}: a 400
 * with only the Norwegian sentence (not Camunda's 500 with "ENGINE-03051 … TaskListener …"), and the log says it once
 * at INFO without a stack trace, not as the engine's ERROR.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class AvvisningITasklistTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;

  Angrep angrep;
  ProcessEngine tidligere;

  static final String BEGGE = "avvisningbegge";

  @BeforeAll
  void setUp() {
    angrep = new Angrep(template, engine);
    // The webapps' engine API finds the engine in the platform's container; an earlier application context of this
    // JVM may have left its own (closed) engine there under the same name. This class's calls go to this context's
    // engine, and the container is given back as it was afterwards.
    var container = org.camunda.bpm.container.RuntimeContainerDelegate.INSTANCE.get();
    tidligere = org.camunda.bpm.BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName());
    if (tidligere != engine) {
      if (tidligere != null) {
        container.unregisterProcessEngine(tidligere);
      }
      container.registerProcessEngine(engine);
    }
    var identity = engine.getIdentityService();
    no.fagsys.sosialsak.platform.TestUsers.ensure(identity, BEGGE);
    for (String group : List.of("saksbehandler", "leder")) {
      if (identity.createUserQuery().userId(BEGGE).memberOfGroup(group).count() == 0) {
        identity.createMembership(BEGGE, group);
      }
    }
    if (identity.createTenantQuery().tenantId("5028").userMember(BEGGE).count() == 0) {
      identity.createTenantUserMembership("5028", BEGGE);
    }
  }

  @AfterAll
  void tilbake() {
    if (tidligere != null && tidligere != engine) {
      var container = org.camunda.bpm.container.RuntimeContainerDelegate.INSTANCE.get();
      container.unregisterProcessEngine(engine);
      container.registerProcessEngine(tidligere);
    }
  }

  private String diagnose(String taskId) {
    return "task in this engine: " + engine.getTaskService().createTaskQuery().taskId(taskId).count()
        + ", container has this engine: "
        + (org.camunda.bpm.BpmPlatform.getProcessEngineService().getProcessEngine(engine.getName()) == engine)
        + ", registry has it: " + (org.camunda.bpm.engine.ProcessEngines.getProcessEngines().get(engine.getName()) == engine)
        + ", EngineUtil: " + (org.camunda.bpm.engine.rest.util.EngineUtil.lookupProcessEngine(engine.getName()) == engine);
  }

  private String utkastAv(String user) {
    String saksnummer = "2026-5028-" + String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()))
        .substring(0, 6);
    String instance = angrep.vedtakFor(saksnummer, "5028");
    ResponseEntity<String> response =
        angrep.complete(user, angrep.task(instance, Elements.UTFORM_VEDTAK).getId(), Angrep.utkast());
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return angrep.task(instance, Elements.GODKJENN_VEDTAK).getId();
  }

  @Test
  void fireOyneAvvisningenITasklistEr400MedBareDenNorskeSetningen(CapturedOutput logg) throws Exception {
    String godkjenn = utkastAv(BEGGE);
    Webapp tasklist = angrep.webapp("tasklist", BEGGE);

    ResponseEntity<String> svar = Angrep.webappPost(tasklist, "/task/" + godkjenn + "/submit-form",
        Map.of("variables", Angrep.godkjenning(true, "")));

    assertThat(svar.getStatusCode()).as(() -> svar.getBody() + " " + diagnose(godkjenn))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = Angrep.JSON.readTree(svar.getBody());
    assertThat(body.get("message").asText()).isEqualTo(GodkjennVedtakListener.EGEN_GODKJENNING);
    assertThat(svar.getBody()).doesNotContain("ENGINE-", "TaskListener", "Exception while");

    assertThat(logg.getOut()).contains("Avvist: " + GodkjennVedtakListener.EGEN_GODKJENNING);
    assertThat(logg.getOut().lines().filter(l -> l.contains(GodkjennVedtakListener.EGEN_GODKJENNING)))
        .noneMatch(l -> l.contains(" ERROR ") || l.contains("ENGINE-16004"));
    assertThat(logg.getOut()).doesNotContain("at no.fagsys.sosialsak.vedtak.GodkjennVedtakListener");
  }

  @Test
  void somPaEngineRestSvarerEnManglendeVerdiINorskISkjermbildet(CapturedOutput logg) throws Exception {
    String godkjenn = utkastAv("kari");
    Webapp tasklist = angrep.webapp("tasklist", "kjell");
    Map<String, Object> utenSvar = Angrep.godkjenning(true, "");
    utenSvar.remove("godkjent");

    ResponseEntity<String> svar = Angrep.webappPost(tasklist, "/task/" + godkjenn + "/submit-form",
        Map.of("variables", utenSvar));

    assertThat(svar.getStatusCode()).as(svar.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(Angrep.JSON.readTree(svar.getBody()).get("message").asText()).startsWith("Angi om vedtaket godkjennes");
    assertThat(logg.getOut()).doesNotContain("ENGINE-16004 Exception while closing command context: ENGINE-03051");
  }
}
