package no.fagsys.sosialsak.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Universal design for every form of the product, not only those a walk through a case reaches: a test process (not
 * part of the product) has one user task per Camunda Form in {@code forms/}, bound to the deployed form, and kari opens
 * each in Tasklist as she would a real task. axe-core (WCAG 2.1 A and AA) must find no serious or critical violation
 * in any of them, and each form has a screenshot under {@code target/e2e/skjemaer/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkjemaerE2ETest {

  static final Path ARTIFACTS = Path.of("target", "e2e", "skjemaer");
  static final String PROSESS = "e2eAlleSkjemaer";

  @LocalServerPort int port;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  Browser browser;
  Deployment deployment;
  List<String> skjemaer = new ArrayList<>();

  @BeforeAll
  void deployOgApne() throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> filer = Files.list(Path.of("forms"))) {
      for (Path fil : filer.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        skjemaer.add(json.readTree(fil.toFile()).get("id").asText());
      }
    }
    org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder<?, ?> fork =
        Bpmn.createExecutableProcess(PROSESS).camundaHistoryTimeToLive(1).startEvent().parallelGateway("fork");
    for (String skjema : skjemaer) {
      fork = fork.moveToNode("fork").userTask("Skjema_" + skjema.replace('-', '_')).name(skjema)
          .camundaCandidateGroups("saksbehandler").camundaFormRef(skjema).camundaFormRefBinding("latest")
          .endEvent();
    }
    BpmnModelInstance modell = fork.done();
    deployment = repositoryService.createDeployment().name(PROSESS).addModelInstance(PROSESS + ".bpmn", modell)
        .deploy();
    org.springframework.util.FileSystemUtils.deleteRecursively(ARTIFACTS);
    browser = new Browser("http://localhost:" + port, ARTIFACTS);
  }

  @AfterAll
  void rydd() {
    if (browser != null) {
      browser.close();
    }
    if (deployment != null) {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void hvertSkjemaErUniverseltUtformet() {
    assertThat(skjemaer).hasSizeGreaterThan(40);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROSESS,
        Map.of("kommunenummer", "5028", "saksnummer", "2026-5028-999999", "tjeneste", "OKONOMISK_STONAD"));
    browser.login("tasklist", "kari");
    List<String> feil = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId()).orderByTaskName().asc().list()) {
      taskService.setAssignee(task.getId(), "kari");
      browser.driver.get(browser.baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
      browser.visible(By.cssSelector(".fjs-form"));
      try {
        browser.assertAccessible(task.getName(), ".fjs-container");
      } catch (AssertionError e) {
        feil.add(e.getMessage());
      }
      browser.shot(task.getName());
    }
    assertThat(feil).isEmpty();
  }
}
