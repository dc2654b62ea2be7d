package no.fagsys.sosialsak.platform.dmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * Every rule of every decision table is hit by some row of the decision test tables: evaluates every CSV
 * row with the production DMN engine and records the matched rules ({@link MatchedRules}).
 */
class DecisionRuleCoverageTest {

  private static final DmnEngine ENGINE = DmnEngines.standaloneConfiguration()
      .customPostDecisionTableEvaluationListeners(List.of(new MatchedRules()))
      .buildEngine();

  @Test
  void everyRuleOfEveryTableIsHitBySomeCsvRow() {
    Set<String> hit = new TreeSet<>();
    for (String key : DecisionTables.KEYS) {
      for (DecisionCsv.Row row : DecisionCsv.rows(key)) {
        DecisionCsv.Outcome outcome = DecisionCsv.evaluate(ENGINE, row);
        if (!row.expectsError()) {
          assertThat(outcome.error()).as("%s: %s", key, row.cells()).isNull();
          outcome.hits().forEach(h -> hit.add(h.decisionKey() + "/" + h.ruleId()));
        }
      }
    }

    Set<String> rules = new TreeSet<>();
    for (String key : DecisionTables.KEYS) {
      DecisionTable table = (DecisionTable) DecisionTables.decision(key).getExpression();
      table.getRules().stream().map(Rule::getId).forEach(id -> rules.add(key + "/" + id));
    }
    Set<String> notHit = new TreeSet<>(rules);
    notHit.removeAll(hit);

    assertThat(rules).hasSizeGreaterThan(DecisionTables.KEYS.size());
    assertThat(notHit).as("regler som ingen testrad treffer").isEmpty();
  }

  @Test
  void everyTestTableHasRowsForAMissingInputAndAgesHaveANegativeRow() {
    for (String key : DecisionTables.KEYS) {
      List<DecisionCsv.Row> rows = DecisionCsv.rows(key);

      assertThat(rows).as("%s.csv: rad der et input mangler", key)
          .anySatisfy(row -> assertThat(row.cells()).containsValue(DecisionCsv.MISSING));
      if (DecisionCsv.header(key).contains("alder")) {
        assertThat(rows).as("%s.csv: rad med negativ alder", key)
            .anySatisfy(row -> assertThat(row.get("alder")).startsWith("-"));
      }
    }
  }
}
