package no.fagsys.sosialsak.kapasitet;

import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.KVARTAL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@code Task_RegistrerIkkeLevert}: the deadline passed without a report; the municipality is listed as late. */
@Component("registrerKapasitetIkkeLevert")
public class RegistrerKapasitetIkkeLevert implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrerKapasitetIkkeLevert.class);

  private final KapasitetskartleggingRepository repository;

  public RegistrerKapasitetIkkeLevert(KapasitetskartleggingRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvartal = (String) execution.getVariable(KVARTAL);
    String kommunenummer = execution.getTenantId();
    repository.registrerIkkeLevert(kvartal, kommunenummer);
    LOG.info("Kapasitetskartlegging {}: kommune {} leverte ikke innen fristen", kvartal, kommunenummer);
  }
}
