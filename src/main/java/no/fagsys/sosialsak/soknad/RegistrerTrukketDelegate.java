package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TRUKKET_DATO;

import no.fagsys.sosialsak.platform.process.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@code Task_RegistrerTrukket}: the applicant withdrew the application; the case ends, recorded as withdrawn. */
@Component("registrerTrukket")
public class RegistrerTrukketDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrerTrukketDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    TRUKKET_DATO.set(execution, EngineTime.today());
    LOG.info("Søknad trukket: sak {}", execution.getProcessBusinessKey());
  }
}
