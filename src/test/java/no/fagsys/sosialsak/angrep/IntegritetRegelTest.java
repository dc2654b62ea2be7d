package no.fagsys.sosialsak.angrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.fagsys.sosialsak.platform.integritet.Beskyttet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.junit.jupiter.api.Test;

/**
 * The integrity rule, executable: <i>facts of record come from the engine, never from variables a user can
 * submit</i>. The case number is the business key, the municipality the tenant, the drafter and approver who completed
 * those tasks ({@code sak.Saksfakta}); no delegate or listener reads them from the process variables. The only code
 * that reads {@code kommunenummer} as a variable is the start listeners that validate what a start form declares
 * (the tenant is taken from it at the same moment). And every result of a decision table in a model is protected.
 */
class IntegritetRegelTest {

  /** Reading an identity fact from the variables, in any of the forms the code base uses. */
  static final Pattern LESER_IDENTITET = Pattern.compile(
      "\\b(SAKSNUMMER|KOMMUNENUMMER|UTFORMET_AV|GODKJENT_AV|SENDT_TILBAKE_AV)\\.get\\("
          + "|text\\(\\s*\\w+(\\.\\w+\\(\\))?\\s*,\\s*(\\w+\\.)?(SAKSNUMMER|KOMMUNENUMMER|UTFORMET_AV|GODKJENT_AV)\\)"
          + "|getVariable(Typed|Local)?\\(\\s*(\"(saksnummer|kommunenummer|utformetAv|godkjentAv)\""
          + "|(\\w+\\.)?(SAKSNUMMER|KOMMUNENUMMER))");

  /** The start listeners that validate the start form's kommunenummer (the tenant is derived from the same value). */
  static final Set<String> STARTSKJEMA = Set.of("RegistrerSoknadListener.java", "RegistrerKlageListener.java",
      "RegistrerVilkarsbruddListener.java");

  /**
   * The one sanctioned read: the approver, whom {@code GodkjennVedtakListener} records as the authenticated user at
   * completion in the same transaction as {@code FattVedtakDelegate} runs (the task history of that completion is
   * written only at its commit). No user can set {@code godkjentAv}: it is protected.
   */
  static final Set<String> SANKSJONERT = Set.of("FattVedtakDelegate.java text(execution, Variables.GODKJENT_AV)");

  /**
   * A table result the decision draft may rephrase: the limitation text of {@code tilgangTilTjeneste} is proposed
   * to the draft ({@code vedtak-utform}, editable there) and shown read-only in the application's forms, which the
   * write guard holds to their current value.
   */
  static final Set<String> UTKASTET_OMFORMULERER = Set.of("begrensning");

  @Test
  void ingenDelegatEllerLytterLeserSakensIdentitetFraVariablene() throws IOException {
    List<String> brudd = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String kode = Files.readString(file);
        if (!kode.contains("DelegateExecution") && !kode.contains("DelegateTask")) {
          continue; // not engine code: the domain API builds its starts from validated requests
        }
        Matcher m = LESER_IDENTITET.matcher(kode);
        while (m.find()) {
          if (STARTSKJEMA.contains(file.getFileName().toString()) && m.group().contains("KOMMUNENUMMER")) {
            continue;
          }
          if (SANKSJONERT.contains(file.getFileName() + " " + m.group())) {
            continue;
          }
          int line = kode.substring(0, m.start()).split("\n", -1).length;
          brudd.add(file.getFileName() + ":" + line + " " + m.group());
        }
      }
    }
    assertThat(brudd).as("bruk sak.Saksfakta (forretningsnøkkel, tenant, oppgavehistorikk)").isEmpty();
  }

  @Test
  void regelenFangerEnDelegatSomLeserSaksnummeretFraVariablene() {
    for (String kode : List.of("String s = Variables.SAKSNUMMER.get(execution);",
        "String k = text(execution, Variables.KOMMUNENUMMER);", "Object o = execution.getVariable(\"saksnummer\");",
        "String a = text(task, UTFORMET_AV);", "Object k = execution.getVariable(KOMMUNENUMMER);")) {
      assertThat(LESER_IDENTITET.matcher(kode).find()).as(kode).isTrue();
    }
    assertThat(LESER_IDENTITET.matcher("String s = Saksfakta.saksnummer(execution);").find()).isFalse();
  }

  @Test
  void hvertResultatAvEnBeslutningstabellErBeskyttet() throws IOException {
    Set<String> mangler = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
          if (task.getCamundaResultVariable() != null && !Beskyttet.er(task.getCamundaResultVariable())) {
            mangler.add(file.getFileName() + " " + task.getId() + ": " + task.getCamundaResultVariable());
          }
          for (CamundaOutputParameter output : task.getDomElement() == null ? List.<CamundaOutputParameter>of()
              : task.getExtensionElements() == null ? List.<CamundaOutputParameter>of()
              : task.getExtensionElements().getElementsQuery().filterByType(
                  org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput.class).list().stream()
                  .flatMap(io -> io.getCamundaOutputParameters().stream()).toList()) {
            if (!Beskyttet.er(output.getCamundaName())
                && !UTKASTET_OMFORMULERER.contains(output.getCamundaName())) {
              mangler.add(file.getFileName() + " " + task.getId() + ": " + output.getCamundaName());
            }
          }
        }
      }
    }
    assertThat(mangler).as("legg dem til i platform.integritet.Beskyttet").isEmpty();
  }
}
