package no.fagsys.sosialsak.kapasitet;

import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.FRIST;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.KOMMUNENUMMER;
import static no.fagsys.sosialsak.kapasitet.KapasitetskartleggingProcess.Variables.KVARTAL;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_SendPurring}: records that the municipality was reminded and sends the reminder. */
@Component("sendKapasitetspurring")
public class SendKapasitetspurring implements JavaDelegate {

  private final KapasitetskartleggingRepository repository;
  private final Kapasitetsvarsler varsler;

  public SendKapasitetspurring(KapasitetskartleggingRepository repository, Kapasitetsvarsler varsler) {
    this.repository = repository;
    this.varsler = varsler;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kvartal = (String) execution.getVariable(KVARTAL);
    String kommunenummer = (String) execution.getVariable(KOMMUNENUMMER);
    repository.registrerPurring(kvartal, kommunenummer, OpprettKapasitetskartlegging.now());
    varsler.purring(kvartal, kommunenummer, LocalDate.parse((String) execution.getVariable(FRIST)));
  }
}
