package no.fagsys.sosialsak.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.fagsys.sosialsak.lagring.Lagringsregler;
import no.fagsys.sosialsak.lagring.Lagringstid;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The model conventions every file in processes/, decisions/ and forms/ keeps: stable, meaningful ids (no Modeler
 * generated {@code Activity_0x1y2z3}), on every process and decision the history time-to-live of its retention rule
 * ({@link Lagringstid}), and no dangling reference from a process to a form or a decision.
 */
class ModelConventionsTest {

  /** Modeler's ids: a type prefix and 7 base-36 characters of a 32-bit random number, so starting with 0 or 1. */
  static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[01][0-9a-z]{6}$");

  static List<Path> files(String folder, String extension) throws IOException {
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  static Set<String> formIds() throws IOException {
    Set<String> ids = new HashSet<>();
    Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    for (Path form : files("forms", ".form")) {
      var matcher = id.matcher(Files.readString(form));
      // a form's own id is the last top-level "id" in Camunda Forms JSON; collect all, the check is "exists"
      while (matcher.find()) {
        ids.add(matcher.group(1));
      }
    }
    return ids;
  }

  static Set<String> decisionIds() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Path file : files("decisions", ".dmn")) {
      try (InputStream in = Files.newInputStream(file)) {
        Dmn.readModelFromStream(in).getModelElementsByType(Decision.class).forEach(d -> ids.add(d.getId()));
      }
    }
    return ids;
  }

  @Test
  void everyProcessHasAHistoryTimeToLiveStableIdsAndNoDanglingReferences() throws IOException {
    Set<String> forms = formIds();
    Set<String> decisions = decisionIds();
    List<String> problems = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      BpmnModelInstance model;
      try (InputStream in = Files.newInputStream(file)) {
        model = Bpmn.readModelFromStream(in);
      }
      Bpmn.validateModel(model);
      for (Process process : model.getModelElementsByType(Process.class)) {
        Lagringstid rule = Lagringsregler.PROSESSER.get(process.getId());
        if (rule == null) {
          problems.add(file + ": process " + process.getId() + " has no retention rule in Lagringsregler.PROSESSER");
        } else if (!rule.iso().equals(process.getCamundaHistoryTimeToLiveString())) {
          problems.add(file + ": process " + process.getId() + " has camunda:historyTimeToLive "
              + process.getCamundaHistoryTimeToLiveString() + ", the rule " + rule + " says " + rule.iso());
        }
      }
      for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
        if (element.getId() != null && GENERATED_ID.matcher(element.getId()).matches()) {
          problems.add(file + ": generated id " + element.getId());
        }
      }
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        checkFormRef(file, task, task.getCamundaFormRef(), forms, problems);
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        checkFormRef(file, start, start.getCamundaFormRef(), forms, problems);
      }
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        // The new-decision steps get exactly what they read (VedtakInndata), never every variable of the case.
        if (VedtakProcess.KEY.equals(call.getCalledElement())) {
          if (!("${" + VedtakProcess.Elements.BEAN_INNDATA + "}").equals(call.getCamundaVariableMappingDelegateExpression())) {
            problems.add(file + ": " + call.getId() + " calls vedtak without ${" + VedtakProcess.Elements.BEAN_INNDATA + "}");
          }
          call.getChildElementsByType(ExtensionElements.class).stream()
              .flatMap(e -> e.getChildElementsByType(CamundaIn.class).stream())
              .filter(in -> "all".equals(in.getCamundaVariables()))
              .forEach(in -> problems.add(file + ": " + call.getId() + " copies all variables into vedtak"));
        }
      }
      for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
        String ref = task.getCamundaDecisionRef();
        if (ref != null && !ref.contains("${") && !decisions.contains(ref)) {
          problems.add(file + ": " + task.getId() + " refers to unknown decision " + ref);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void checkFormRef(Path file, ModelElementInstance element, String formRef, Set<String> forms,
      List<String> problems) {
    if (formRef != null && !formRef.contains("${") && !forms.contains(formRef)) {
      problems.add(file + ": " + element.getAttributeValue("id") + " refers to unknown form " + formRef);
    }
  }

  @Test
  void everyDecisionHasTheHistoryTimeToLiveOfTheRetentionRule() throws IOException {
    List<String> problems = new ArrayList<>();
    int decisions = 0;
    for (Path file : files("decisions", ".dmn")) {
      try (InputStream in = Files.newInputStream(file)) {
        for (Decision decision : Dmn.readModelFromStream(in).getModelElementsByType(Decision.class)) {
          decisions++;
          String ttl = decision.getCamundaHistoryTimeToLiveString();
          if (!String.valueOf(Lagringstid.BESLUTNINGER.dager).equals(ttl)) {
            problems.add(file + ": decision " + decision.getId() + " has camunda:historyTimeToLive " + ttl
                + ", the rule " + Lagringstid.BESLUTNINGER + " says " + Lagringstid.BESLUTNINGER.dager);
          }
        }
      }
    }
    assertThat(decisions).isPositive();
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRetentionRuleHasItsProcess() throws IOException {
    Set<String> keys = new HashSet<>();
    for (Path file : files("processes", ".bpmn")) {
      try (InputStream in = Files.newInputStream(file)) {
        Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).forEach(p -> keys.add(p.getId()));
      }
    }
    assertThat(keys).containsAll(Lagringsregler.PROSESSER.keySet());
  }

  @Test
  void decisionsHaveStableIds() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files("decisions", ".dmn")) {
      DmnModelInstance model;
      try (InputStream in = Files.newInputStream(file)) {
        model = Dmn.readModelFromStream(in);
      }
      for (var element : model.getModelElementsByType(org.camunda.bpm.model.dmn.instance.DmnElement.class)) {
        if (element.getId() != null && GENERATED_ID.matcher(element.getId()).matches()) {
          problems.add(file + ": generated id " + element.getId());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /** Every {@code ${bean}} a model's delegate expression names is a bean of the application (by Spring's naming). */
  @Test
  void everyDelegateExpressionNamesABean() throws Exception {
    Set<String> beans = new HashSet<>();
    var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(true);
    var names = new org.springframework.context.annotation.AnnotationBeanNameGenerator();
    var registry = new org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry();
    for (var candidate : scanner.findCandidateComponents("no.fagsys.sosialsak")) {
      beans.add(names.generateBeanName(candidate, registry));
      for (var method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
        var bean = method.getAnnotation(org.springframework.context.annotation.Bean.class);
        if (bean != null) {
          beans.add(bean.name().length > 0 ? bean.name()[0] : method.getName());
        }
      }
    }
    Pattern expression = Pattern.compile("[dD]elegateExpression=\"\\$\\{(\\w+)}\"");
    List<String> problems = new ArrayList<>();
    for (Path file : files("processes", ".bpmn")) {
      var m = expression.matcher(Files.readString(file));
      while (m.find()) {
        if (!beans.contains(m.group(1))) {
          problems.add(file + ": delegateExpression ${" + m.group(1) + "} names no bean");
        }
      }
    }
    assertThat(beans).contains("fattVedtak", "registrerSoknad");
    assertThat(problems).isEmpty();
  }

  /**
   * Every element id, message name, form ({@code FORM_…}) and bean ({@code BEAN_…}) a process's constants class
   * declares is used by its model (a renamed id or a removed step fails here, not in a running case).
   */
  @Test
  void everyIdConstantExistsInItsModel() throws Exception {
    List<String> problems = new ArrayList<>();
    StringBuilder tekst = new StringBuilder();
    for (Path file : files("processes", ".bpmn")) {
      tekst.append(Files.readString(file));
    }
    // a bean may be named by another process's model (the decision steps' variable mapping is their call contract)
    String alleModeller = tekst.toString();
    record Konstanter(Class<?> klasse, List<String> modeller) {}
    List<Konstanter> konstanter = List.of(
        new Konstanter(no.fagsys.sosialsak.soknad.SoknadProcess.Elements.class, List.of("soknad")),
        new Konstanter(no.fagsys.sosialsak.soknad.SoknadProcess.Messages.class, List.of("soknad")),
        new Konstanter(no.fagsys.sosialsak.klage.KlageProcess.Elements.class, List.of("klage")),
        new Konstanter(no.fagsys.sosialsak.klage.KlageProcess.Messages.class, List.of("klage")),
        new Konstanter(no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Elements.class, List.of("vilkarsbrudd")),
        new Konstanter(no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Messages.class, List.of("vilkarsbrudd")),
        new Konstanter(VedtakProcess.Elements.class, List.of("vedtak")),
        new Konstanter(no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Elements.class,
            List.of("kapasitetskartlegging", "kapasitetskartleggingKommune")));
    for (Konstanter k : konstanter) {
      List<BpmnModelInstance> modeller = new ArrayList<>();
      for (String modell : k.modeller()) {
        modeller.add(Bpmn.readModelFromFile(Path.of("processes", modell + ".bpmn").toFile()));
      }
      boolean meldinger = k.klasse().getSimpleName().equals("Messages");
      for (var field : k.klasse().getDeclaredFields()) {
        if (field.getType() != String.class || !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        String verdi = (String) field.get(null);
        String navn = field.getName();
        boolean finnes = modeller.stream().anyMatch(m -> navn.startsWith("FORM_")
            ? Bpmn.convertToString(m).contains("formRef=\"" + verdi + "\"")
            : navn.startsWith("BEAN_") ? alleModeller.contains("${" + verdi + "}")
            : meldinger
            ? m.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class).stream()
                .anyMatch(msg -> verdi.equals(msg.getName()))
            : m.getModelElementById(verdi) != null);
        if (!finnes) {
          problems.add(k.klasse().getName() + "." + field.getName() + " = " + verdi + " is not in " + k.modeller());
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
