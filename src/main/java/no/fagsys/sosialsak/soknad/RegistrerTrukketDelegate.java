package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TRUKKET_DATO;

import no.fagsys.sosialsak.brev.Brevprodusent;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.vedtak.UgyldigVedtakException;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegistrerTrukket}: the applicant withdrew the application; the case ends, recorded as withdrawn.
 *
 * <p>Not while a decision of the case is approved and its letter is still being made (the job executor's
 * {@code Task_LagVedtaksbrev}): the withdrawal would cancel the letter's step and leave an issued decision the party
 * never gets. The withdrawal is refused, nothing of it is saved, and it can be sent again once the letter exists.
 */
@Component("registrerTrukket")
public class RegistrerTrukketDelegate implements JavaDelegate {

  static final String BREV_UNDERVEIS = "Vedtaket i saken er fattet, og vedtaksbrevet lages nå. Søknaden kan ikke "
      + "trekkes før brevet er laget; prøv igjen om litt.";

  private static final Logger LOG = LoggerFactory.getLogger(RegistrerTrukketDelegate.class);

  private final VedtakRegister vedtak;
  private final Brevprodusent brev;

  public RegistrerTrukketDelegate(VedtakRegister vedtak, Brevprodusent brev) {
    this.vedtak = vedtak;
    this.brev = brev;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String saksnummer = execution.getProcessBusinessKey();
    if (saksnummer != null
        && vedtak.finnForSak(saksnummer).stream().anyMatch(v -> brev.vedtaksbrev(v.id()).isEmpty())) {
      Validering v = new Validering(execution);
      v.problem(BREV_UNDERVEIS);
      v.throwIfInvalid("Søknaden kan ikke trekkes", UgyldigVedtakException::new);
    }
    TRUKKET_DATO.set(execution, EngineTime.today());
    LOG.info("Søknad trukket: sak {}", saksnummer);
  }
}
