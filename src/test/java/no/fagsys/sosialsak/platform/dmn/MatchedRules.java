package no.fagsys.sosialsak.platform.dmn;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;

/**
 * Records which rules matched in each decision table evaluated on the current thread (a required
 * decision's table first, then the requiring one's), so tests can assert the rule a CSV row hits.
 */
public class MatchedRules implements DmnDecisionTableEvaluationListener {

  /** One matched rule of one decision. */
  public record Hit(String decisionKey, String ruleId) {}

  private static final ThreadLocal<List<Hit>> HITS = ThreadLocal.withInitial(ArrayList::new);

  @Override
  public void notify(DmnDecisionTableEvaluationEvent event) {
    for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
      HITS.get().add(new Hit(event.getDecision().getKey(), rule.getId()));
    }
  }

  /** Forgets what was recorded on this thread; call before an evaluation. */
  public static void clear() {
    HITS.get().clear();
  }

  /** The rules recorded on this thread since {@link #clear()}. */
  public static List<Hit> recorded() {
    return List.copyOf(HITS.get());
  }
}
