package no.fagsys.sosialsak.kapasitet;

import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.FRIST;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.KVARTAL;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.PURRING_TIDSPUNKT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendPurring}: records that the municipality was reminded and sends the reminder. A survey opened after
 * its reminder time (less time to the deadline than the reminder period) sends none: the timer fires at once, and
 * the task just created is reminder enough.
 */
@Component("sendKapasitetspurring")
public class SendKapasitetspurring implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendKapasitetspurring.class);

  private final KapasitetskartleggingRepository repository;
  private final Kapasitetsvarsler varsler;

  public SendKapasitetspurring(KapasitetskartleggingRepository repository, Kapasitetsvarsler varsler) {
    this.repository = repository;
    this.varsler = varsler;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvartal = (String) execution.getVariable(KVARTAL);
    String kommunenummer = execution.getTenantId();
    LocalDateTime purringTidspunkt = LocalDateTime.parse((String) execution.getVariable(PURRING_TIDSPUNKT));
    boolean apnetEtterPurretidspunktet = repository.kartlegging(kvartal)
        .map(k -> k.apnetTid().isAfter(purringTidspunkt)).orElse(false);
    if (apnetEtterPurretidspunktet) {
      // opened with less time to the deadline than the reminder period: the new task is reminder enough
      LOG.info("Kapasitetskartlegging {}: ingen purring til kommune {}, kartleggingen ble åpnet etter purretidspunktet",
          kvartal, kommunenummer);
      return;
    }
    repository.registrerPurring(kvartal, kommunenummer, OpprettKapasitetskartlegging.now());
    varsler.purring(kvartal, kommunenummer, LocalDate.parse((String) execution.getVariable(FRIST)));
  }
}
