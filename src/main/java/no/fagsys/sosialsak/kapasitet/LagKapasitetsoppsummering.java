package no.fagsys.sosialsak.kapasitet;

import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.KVARTAL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_LagOppsummering}: every municipality has reported or passed the deadline; counts the answers per area
 * and level ({@link Kapasitetsoppsummering#tell}), stores the counts for the quarter and closes the survey.
 */
@Component("lagKapasitetsoppsummering")
public class LagKapasitetsoppsummering implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(LagKapasitetsoppsummering.class);

  private final KapasitetskartleggingRepository repository;

  public LagKapasitetsoppsummering(KapasitetskartleggingRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvartal = (String) execution.getVariable(KVARTAL);
    repository.lagreOppsummering(kvartal, Kapasitetsoppsummering.tell(repository.svar(kvartal, null)),
        OpprettKapasitetskartlegging.now());
    LOG.info("Kapasitetskartlegging {} avsluttet, oppsummering lagret", kvartal);
  }
}
