package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The element templates a process owner picks in Modeler (.camunda/element-templates/): each names a real product
 * bean of the right kind or a real decision, and every service task, decision call and new-decision call the models
 * use is offered as a template. Their shape is validated against Camunda 7's template schema by {@code .ci/lint}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ElementTemplateTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired ApplicationContext context;

  static List<JsonNode> templates() throws Exception {
    List<JsonNode> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(".camunda/element-templates"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        JsonNode json = JSON.readTree(file.toFile());
        (json.isArray() ? json : JSON.createArrayNode().add(json)).forEach(all::add);
      }
    }
    return all;
  }

  static String hidden(JsonNode template, String bindingName) {
    for (JsonNode p : template.path("properties")) {
      if (bindingName.equals(p.path("binding").path("name").asText())) {
        return p.path("value").asText();
      }
    }
    return null;
  }

  @Test
  void hverMalViserTilEnEkteBonneEllerTabell() throws Exception {
    Set<String> tabeller = new TreeSet<>();
    for (File dmn : new File("decisions").listFiles((d, n) -> n.endsWith(".dmn"))) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<decision id=\"([^\"]+)\"")
          .matcher(Files.readString(dmn.toPath()));
      while (m.find()) {
        tabeller.add(m.group(1));
      }
    }
    List<String> feil = new ArrayList<>();
    for (JsonNode template : templates()) {
      String delegat = hidden(template, "camunda:delegateExpression");
      if (delegat != null) {
        String bean = delegat.replaceAll("^\\$\\{(.*)}$", "$1");
        if (!context.containsBean(bean) || !(context.getBean(bean) instanceof JavaDelegate)) {
          feil.add(template.path("id").asText() + ": " + bean + " er ingen JavaDelegate");
        }
      }
      String tabell = hidden(template, "camunda:decisionRef");
      if (tabell != null && !tabeller.contains(tabell)) {
        feil.add(template.path("id").asText() + ": tabellen " + tabell + " finnes ikke");
      }
      String inndata = hidden(template, "camunda:variableMappingDelegateExpression");
      if (inndata != null && !(context.getBean(inndata.replaceAll("^\\$\\{(.*)}$", "$1"))
          instanceof DelegateVariableMapping)) {
        feil.add(template.path("id").asText() + ": " + inndata + " er ingen variabeloverføring");
      }
    }
    assertThat(feil).isEmpty();
  }

  @Test
  void hvertStegOgHverTabellModelleneBrukerHarEnMal() throws Exception {
    Set<String> maler = new TreeSet<>();
    for (JsonNode template : templates()) {
      maler.add(String.valueOf(hidden(template, "camunda:delegateExpression")));
      maler.add(String.valueOf(hidden(template, "camunda:decisionRef")));
      maler.add(String.valueOf(hidden(template, "calledElement")));
    }
    Set<String> mangler = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        model.getModelElementsByType(ServiceTask.class).stream().map(ServiceTask::getCamundaDelegateExpression)
            .filter(e -> e != null && !maler.contains(e)).forEach(mangler::add);
        model.getModelElementsByType(BusinessRuleTask.class).stream().map(BusinessRuleTask::getCamundaDecisionRef)
            .filter(e -> e != null && !maler.contains(e)).forEach(mangler::add);
      }
    }
    assertThat(maler).contains("vedtak");
    assertThat(mangler).as("legg til maler i .camunda/element-templates/").isEmpty();
  }
}
