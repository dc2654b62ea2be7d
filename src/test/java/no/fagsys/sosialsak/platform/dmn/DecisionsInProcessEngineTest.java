package no.fagsys.sosialsak.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.instance.InputClause;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import no.fagsys.sosialsak.platform.PlainEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The decision files deployed to the plain test engine ({@link PlainEngine}: history full, history time-to-live
 * enforced, {@link DecisionFeelPlugin} installed as in production), evaluated through the {@code DecisionService}
 * and from a business rule task.
 */
class DecisionsInProcessEngineTest {

  @RegisterExtension
  static final ProcessEngineCoverageExtension EXTENSION = PlainEngine.extension();

  private RepositoryService repositoryService;
  private DecisionService decisionService;
  private HistoryService historyService;

  @BeforeEach
  void deployTheDecisionsFolder() {
    ProcessEngine engine = EXTENSION.getProcessEngine();
    repositoryService = engine.getRepositoryService();
    decisionService = engine.getDecisionService();
    historyService = engine.getHistoryService();
    DeploymentBuilder deployment = repositoryService.createDeployment().name("decisions");
    DecisionTables.filesOnClasspath().forEach(file -> deployment.addClasspathResource(DecisionTables.resource(file)));
    EXTENSION.manageDeployment(deployment.deploy());
  }

  @Test
  void everyDecisionOfTheSpecIsDeployed() {
    assertThat(repositoryService.createDecisionDefinitionQuery().latestVersion().list())
        .extracting(DecisionDefinition::getKey)
        .containsExactlyInAnyOrderElementsOf(DecisionTables.KEYS);
    assertThat(repositoryService.createDecisionRequirementsDefinitionQuery()
        .decisionRequirementsDefinitionKey("Definitions_TilgangTilTjeneste").count()).isEqualTo(1);
  }

  @Test
  void tilgangTilTjenesteDerivesTheResidenceLevelThroughTheDrdAndIsRecordedInHistory() {
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey("tilgangTilTjeneste")
        .variables(residenceFacts().putValue("tjeneste", "OKONOMISK_STONAD").putValue("nodsituasjon", false))
        .evaluate()
        .getSingleResult();

    assertThat(result.<String>getEntry("tilgang")).isEqualTo("JA_TIDSBEGRENSET");
    assertThat(result.<String>getEntry("begrensning"))
        .isEqualTo("Tjenesten gis bare inntil søkeren kan forventes å få bistand fra kilder i hjemlandet.");
    assertThat(result.<String>getEntry("hjemmel")).startsWith("sosialtjenesteloven § 2");

    HistoricDecisionInstance tilgang = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("tilgangTilTjeneste").includeInputs().includeOutputs().singleResult();
    assertThat(inputs(tilgang)).containsEntry("rettighetsniva", "BEGRENSEDE")
        .containsEntry("tjeneste", "OKONOMISK_STONAD").containsEntry("nodsituasjon", false);
    assertThat(outputs(tilgang)).containsEntry("tilgang", "JA_TIDSBEGRENSET")
        .containsKeys("begrensning", "begrunnelse", "hjemmel");

    HistoricDecisionInstance rettigheter = historyService.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey("rettigheterEtterOpphold").includeInputs().includeOutputs().singleResult();
    assertThat(rettigheter.getRootDecisionInstanceId()).isEqualTo(tilgang.getId());
    assertThat(inputs(rettigheter)).containsEntry("rettPaStatligInnkvartering", false)
        .containsEntry("dokumentertLovligOpphold", true)
        .containsEntry("omfattesAvForskriftenParagraf1TredjeEllerFjerdeLedd", false)
        .containsEntry("bopelINorge", false);
    assertThat(outputs(rettigheter)).containsEntry("rettighetsniva", "BEGRENSEDE")
        .containsEntry("hjemmel", "sosialtjenesteloven § 2, jf. forskrift om sosiale tjenester for personer uten"
            + " fast bopel i Norge § 1 første og andre ledd");
  }

  @Test
  void rettigheterEtterOppholdCanBeEvaluatedOnItsOwn() {
    DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey("rettigheterEtterOpphold")
        .variables(residenceFacts().putValue("bopelINorge", true))
        .evaluate()
        .getSingleResult();

    assertThat(result.<String>getEntry("rettighetsniva")).isEqualTo("FULLE");
    assertThat(result.<String>getEntry("hjemmel")).isEqualTo("sosialtjenesteloven § 2");
  }

  @Test
  void aMissingInputFailsTheEvaluationAndNamesTheInput() {
    VariableMap withoutBopel = residenceFacts().putValue("tjeneste", "OKONOMISK_STONAD").putValue("nodsituasjon", false);
    withoutBopel.remove("bopelINorge");

    // The DecisionService wraps every evaluation error in "Exception while evaluating decision with key ...".
    assertThatThrownBy(() -> decisionService.evaluateDecisionByKey("tilgangTilTjeneste").variables(withoutBopel).evaluate())
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("'tilgangTilTjeneste'")
        .hasRootCauseInstanceOf(DecisionInputException.class)
        .hasRootCauseMessage("Påkrevd input 'bopelINorge' mangler");
    assertThat(historyService.createHistoricDecisionInstanceQuery().count()).isZero();
  }

  @Test
  void aNullOrNegativeInputFailsTheEvaluationAndNamesTheInput() {
    assertThatThrownBy(() -> decisionService.evaluateDecisionByKey("tilgangTilTjeneste")
        .variables(residenceFacts().putValue("tjeneste", "OKONOMISK_STONAD").putValue("nodsituasjon", null))
        .evaluate())
        .hasRootCauseMessage("Påkrevd input 'nodsituasjon' er null");
    assertThatThrownBy(() -> decisionService.evaluateDecisionByKey("rettTilKvalifiseringsprogram")
        .variables(kvalifiseringsprogramFacts().putValue("alder", -1))
        .evaluate())
        .hasRootCauseMessage("Ugyldig input 'alder': -1 (må være et helt antall år, 0 eller mer)");
  }

  @Test
  void aBusinessRuleTaskWithAMissingInputFailsWithTheInputNamedAndStartsNoCase() {
    EXTENSION.manageDeployment(repositoryService.createDeployment().addModelInstance("probe.bpmn", Bpmn.createExecutableProcess("dmnInputProbe")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .businessRuleTask("Task_VurderKvalifiseringsprogram")
          .camundaDecisionRef("rettTilKvalifiseringsprogram")
          .camundaMapDecisionResult("singleResult")
          .camundaResultVariable("vurdering")
        .endEvent()
        .done()).deploy());
    RuntimeService runtimeService = EXTENSION.getProcessEngine().getRuntimeService();

    assertThat(runtimeService.startProcessInstanceByKey("dmnInputProbe", kvalifiseringsprogramFacts().putValue("alder", 40))
        .isEnded()).isTrue();
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("dmnInputProbe", kvalifiseringsprogramFacts()))
        .hasMessageContaining("Påkrevd input 'alder' mangler");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isZero();
  }

  /** Lawful residence without bopel in Norway: BEGRENSEDE. */
  private static VariableMap residenceFacts() {
    return Variables.createVariables()
        .putValue("rettPaStatligInnkvartering", false)
        .putValue("dokumentertLovligOpphold", true)
        .putValue("omfattesAvForskriftenParagraf1TredjeEllerFjerdeLedd", false)
        .putValue("bopelINorge", false);
  }

  /** A historic decision's inputs by variable name (history stores them by input clause id and label). */
  /** Everything rettTilKvalifiseringsprogram needs except alder, for a programme to be granted. */
  private static VariableMap kvalifiseringsprogramFacts() {
    return Variables.createVariables()
        .putValue("nedsattArbeidsevneMedBehovForSpesieltTilpassetInnsats", true)
        .putValue("tettOgKoordinertBistandHensiktsmessigOgNodvendig", true)
        .putValue("ingenEllerSvaertBegrensedeYtelser", true)
        .putValue("uforholdsmessigByrdefullt", false)
        .putValue("mottarUforetrygdEllerOvergangsstonad", false)
        .putValue("sonerDomOverSeksManeder", false)
        .putValue("arbeidsevnevurderingGjennomfort", true);
  }

  private static Map<String, Object> inputs(HistoricDecisionInstance instance) {
    Map<String, String> variableByClauseId = DecisionTables.decision(instance.getDecisionDefinitionKey()).getExpression()
        .getChildElementsByType(InputClause.class).stream()
        .collect(Collectors.toMap(InputClause::getId, input -> input.getInputExpression().getText().getTextContent().trim()));
    return instance.getInputs().stream().collect(Collectors.toMap(
        input -> variableByClauseId.get(input.getClauseId()), HistoricDecisionInputInstance::getValue));
  }

  private static Map<String, Object> outputs(HistoricDecisionInstance instance) {
    return instance.getOutputs().stream().collect(Collectors.toMap(
        HistoricDecisionOutputInstance::getVariableName, HistoricDecisionOutputInstance::getValue));
  }
}
