package no.fagsys.sosialsak.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.InputClause;
import org.camunda.bpm.model.dmn.instance.OutputClause;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The files in {@code decisions/} against SPEC § 3 and our modelling conventions. */
class DecisionModelTest {

  private static final String DMN13 = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  private static final String MODELER = "http://camunda.org/schema/modeler/1.0";
  private static final String CAMUNDA = "http://camunda.org/schema/1.0/dmn";
  private static final Pattern STABLE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  /** Ids as Camunda Modeler generates them: Rule_0x1y2z3, DecisionTable_1abcdef. */
  private static final Pattern GENERATED_ID = Pattern.compile(".*_[0-9][0-9a-z]{6}");
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  static List<String> files() {
    return DecisionTables.FILES.values().stream().distinct().sorted().toList();
  }

  static List<String> keys() {
    return DecisionTables.KEYS;
  }

  @Test
  void theDecisionsFolderHoldsExactlyOneFilePerDecisionOrDrd() {
    assertThat(DecisionTables.filesOnClasspath()).containsExactlyElementsOf(files());
  }

  @Test
  void everyFileParsesInTheDmnEngineAndItsDecisionIdsAreTheSpecKeys() throws IOException {
    DmnEngine engine = DmnEngines.standaloneEngine();
    List<String> ids = new ArrayList<>();
    for (String file : files()) {
      try (InputStream stream = DecisionTables.open(file)) {
        engine.parseDecisions(stream).stream().map(DmnDecision::getKey).forEach(ids::add);
      }
    }
    assertThat(ids).containsExactlyInAnyOrderElementsOf(DecisionTables.KEYS).doesNotHaveDuplicates();
    for (String key : DecisionTables.KEYS) {
      assertThat(DecisionTables.model(DecisionTables.FILES.get(key)).<Decision>getModelElementById(key))
          .as("%s ligger i %s", key, DecisionTables.FILES.get(key)).isNotNull();
    }
  }

  @Test
  void tilgangTilTjenesteIsADrdThatRequiresRettigheterEtterOpphold() {
    Decision tilgang = DecisionTables.decision("tilgangTilTjeneste");

    assertThat(tilgang.getInformationRequirements())
        .extracting(InformationRequirement::getRequiredDecision)
        .extracting(Decision::getId)
        .containsExactly("rettigheterEtterOpphold");
  }

  @ParameterizedTest
  @MethodSource("files")
  void everyFileIsDmn13ForCamunda724WithDiagramShapesAndHistoryTimeToLive(String file) throws Exception {
    Document document = parse(file);
    Element definitions = document.getDocumentElement();

    assertThat(definitions.getNamespaceURI()).isEqualTo(DMN13);
    assertThat(definitions.getAttributeNS(MODELER, "executionPlatform")).isEqualTo("Camunda Platform");
    assertThat(definitions.getAttributeNS(MODELER, "executionPlatformVersion")).isEqualTo("7.24.0");
    List<String> shapes = elements(document, DMNDI, "DMNShape").map(e -> e.getAttribute("dmnElementRef")).toList();
    List<String> edges = elements(document, DMNDI, "DMNEdge").map(e -> e.getAttribute("dmnElementRef")).toList();
    elements(document, DMN13, "decision").forEach(decision -> {
      assertThat(decision.getAttributeNS(CAMUNDA, "historyTimeToLive")).as("historyTimeToLive").isEqualTo("3650");
      assertThat(shapes).as("DMNShape for %s", decision.getAttribute("id")).contains(decision.getAttribute("id"));
    });
    elements(document, DMN13, "informationRequirement").forEach(requirement ->
        assertThat(edges).as("DMNEdge for %s", requirement.getAttribute("id")).contains(requirement.getAttribute("id")));
    elements(document, null, "*").filter(e -> e.hasAttribute("id")).map(e -> e.getAttribute("id")).forEach(id ->
        assertThat(id).as("id i %s", file).matches(STABLE_ID).doesNotMatch(GENERATED_ID));
    Stream.of("decision", "input", "output", "rule").flatMap(name -> elements(document, DMN13, name)).forEach(e ->
        assertThat(e.getAttribute("id")).as("id som lagres i historikken (64 tegn)").hasSizeLessThanOrEqualTo(64));
  }

  @ParameterizedTest
  @MethodSource("keys")
  void everyTableTakesPlainTypedVariablesAndExplainsEveryRule(String key) {
    DecisionTable table = (DecisionTable) DecisionTables.decision(key).getExpression();

    assertThat(table.getHitPolicy()).isIn(HitPolicy.UNIQUE, HitPolicy.FIRST);
    for (InputClause input : table.getInputs()) {
      assertThat(input.getLabel()).as("label").isNotBlank();
      assertThat(input.getInputExpression().getText().getTextContent().trim()).as("input expression").matches(PLAIN_NAME);
      assertThat(input.getInputExpression().getTypeRef()).as("typeRef").isIn("boolean", "integer", "string");
    }
    assertThat(table.getOutputs()).extracting(OutputClause::getName).contains("begrunnelse", "hjemmel");
    // Amounts (SPEC § 7, the guideline rates) are whole kroner: integer.
    assertThat(table.getOutputs()).extracting(OutputClause::getTypeRef).isSubsetOf(Set.of("boolean", "string", "integer"));
    assertThat(table.getRules()).isNotEmpty();
    for (Rule rule : table.getRules()) {
      assertThat(rule.getDescription()).as("beskrivelse av %s", rule.getId()).isNotNull();
      assertThat(rule.getOutputEntries()).as("utdata i %s", rule.getId())
          .allSatisfy(entry -> assertThat(entry.getText().getTextContent()).isNotBlank());
    }
  }

  private static Document parse(String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (InputStream stream = DecisionTables.open(file)) {
      return factory.newDocumentBuilder().parse(stream);
    }
  }

  private static Stream<Element> elements(Document document, String namespace, String localName) {
    NodeList nodes = namespace == null
        ? document.getElementsByTagName(localName)
        : document.getElementsByTagNameNS(namespace, localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        elements.add((Element) nodes.item(i));
      }
    }
    return elements.stream();
  }
}
