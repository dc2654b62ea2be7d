package no.fagsys.sosialsak.drift;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A step after the decision is stored, in the same job and transaction (as the decision letter's archiving is): it
 * fails while {@link #nede} is set, as an archive or register that does not answer would.
 */
public class BrevarkivForTest implements JavaDelegate {

  static final String FEIL = "Brevarkivet svarer ikke (test)";
  static volatile boolean nede;

  @Override
  public void execute(DelegateExecution execution) {
    if (nede) {
      throw new IllegalStateException(FEIL);
    }
  }
}
