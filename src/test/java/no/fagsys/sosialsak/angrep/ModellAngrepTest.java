package no.fagsys.sosialsak.angrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.fagsys.sosialsak.platform.integritet.Modellkontroll;
import org.camunda.bpm.engine.ProcessEngine;
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

/**
 * Deployments are code (issue item 6): the process owner (per) deploys models whose expressions reach past the
 * product (the engine's services, a register's data, a protected variable), scripts, Java classes and decisions in
 * another language; each is refused with 400 naming the element, and nothing is deployed. The product's own models
 * pass the same check, and a model within the rules deploys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModellAngrepTest {

  @Autowired TestRestTemplate template;
  @Autowired ProcessEngine engine;
  @Autowired Modellkontroll kontroll;

  static String prosess(String id, String innhold) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Event_Start"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
            %2$s
            <bpmn:endEvent id="Event_Slutt"><bpmn:incoming>Flow_2</bpmn:incoming></bpmn:endEvent>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, innhold);
  }

  static String steg(String attributter, String barn) {
    return """
        <bpmn:serviceTask id="Task_Angrep" %s>%s<bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing></bpmn:serviceTask>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Angrep" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Angrep" targetRef="Event_Slutt" />
        """.formatted(attributter, barn);
  }

  private ResponseEntity<String> deploy(String user, String filnavn, String innhold) {
    LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "modellangrep");
    form.add("data", new ByteArrayResource(innhold.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return filnavn;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setBasicAuth(user, user);
    return template.postForEntity("/engine-rest/deployment/create", new HttpEntity<>(form, headers), String.class);
  }

  @Test
  void produktetsEgneModellerBestarKontrollen() throws Exception {
    List<String> feil = new ArrayList<>();
    for (String mappe : List.of("processes", "decisions")) {
      try (Stream<Path> files = Files.list(Path.of(mappe))) {
        for (Path file : files.toList()) {
          feil.addAll(kontroll.vakt().sjekk(file.getFileName().toString(), Files.readAllBytes(file)));
        }
      }
    }
    assertThat(feil).isEmpty();
  }

  @Test
  void modellerSomNarForbiProduktetAvvisesMedElementetNavngittOgIngentingRullesUt() {
    String lytter = "<bpmn:extensionElements><camunda:executionListener event=\"start\" expression=\"%s\" />"
        + "</bpmn:extensionElements>";
    Map<String, String> angrep = new LinkedHashMap<>();
    angrep.put("motorens tjenester", steg("camunda:expression=\"${execution.getProcessEngineServices()"
        + ".getRuntimeService().createProcessInstanceQuery().list()}\"", ""));
    angrep.put("lytter som kopierer", steg("camunda:delegateExpression=\"${registrerTrukket}\"",
        lytter.formatted("${execution.setVariable('kopi', vedtakRegister.finnForSak('2026-5028-000001'))}")));
    angrep.put("bønnens egenskap", steg("camunda:expression=\"${jdbcTemplate.dataSource}\"", ""));
    angrep.put("beskyttet variabel", steg("camunda:expression=\"${execution.setVariable('saksnummer', 'x')}\"", ""));
    angrep.put("klassen", steg("camunda:expression=\"${''.getClass().forName('java.lang.Runtime')}\"", ""));
    angrep.put("java-klasse", steg("camunda:class=\"java.lang.Thread\"", ""));
    angrep.put("ukjent delegat", steg("camunda:delegateExpression=\"${processEngineConfiguration}\"", ""));
    angrep.put("skript", """
        <bpmn:scriptTask id="Task_Angrep" scriptFormat="javascript"><bpmn:incoming>Flow_1</bpmn:incoming>
        <bpmn:outgoing>Flow_2</bpmn:outgoing><bpmn:script>java.lang.System.exit(0)</bpmn:script></bpmn:scriptTask>
        <bpmn:sequenceFlow id="Flow_1" sourceRef="Event_Start" targetRef="Task_Angrep" />
        <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Angrep" targetRef="Event_Slutt" />
        """);
    long before = engine.getRepositoryService().createDeploymentQuery().count();
    List<String> slapp = new ArrayList<>();
    for (Map.Entry<String, String> a : angrep.entrySet()) {
      ResponseEntity<String> response = deploy("per", "angrep.bpmn", prosess("angrep", a.getValue()));
      if (response.getStatusCode() != HttpStatus.BAD_REQUEST || !response.getBody().contains("Task_Angrep")) {
        slapp.add(a.getKey() + ": " + response.getStatusCode() + " " + response.getBody());
      }
    }
    ResponseEntity<String> dmn = deploy("per", "angrep.dmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Angrep" name="Angrep"
            namespace="http://camunda.org/schema/1.0/dmn" expressionLanguage="javascript">
          <decision id="angrep" name="Angrep">
            <decisionTable id="DecisionTable_Angrep">
              <input id="Input_1"><inputExpression id="InputExpression_1" typeRef="string"><text>a</text>
              </inputExpression></input>
              <output id="Output_1" name="b" typeRef="string" />
              <rule id="Rule_1"><inputEntry id="UnaryTests_1"><text>-</text></inputEntry>
                <outputEntry id="LiteralExpression_1"><text>java.lang.System.getenv()</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """);
    if (dmn.getStatusCode() != HttpStatus.BAD_REQUEST || !dmn.getBody().contains("Definitions_Angrep")) {
      slapp.add("dmn: " + dmn.getStatusCode() + " " + dmn.getBody());
    }
    assertThat(slapp).isEmpty();
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(before);
  }

  @Test
  void enModellInnenforReglenedRullesUt() {
    String tillatt = steg("camunda:delegateExpression=\"${registrerTrukket}\"", """
        <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="vurdering">${tjeneste == \
        'INDIVIDUELL_PLAN' || execution.processBusinessKey.startsWith('2026')}</camunda:inputParameter>
        </camunda:inputOutput></bpmn:extensionElements>""");
    ResponseEntity<String> response = deploy("per", "tillatt.bpmn", prosess("modellangrepTillatt", tillatt));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    engine.getRepositoryService().createDeploymentQuery().deploymentName("modellangrep").list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }
}
