package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.text;

import java.util.Optional;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.Brevprodusent;
import no.fagsys.sosialsak.sak.Saksfakta;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_LagVedtaksbrev}: the decision letter of the decision {@link FattVedtakDelegate} stored, rendered from the
 * stored record ({@link Vedtaksbrev}), stored as PDF with the case and announced as {@code BrevProdusert} (which sends
 * and archives it after commit), its id in {@code vedtaksbrevId}. The step is an asynchronous continuation: it runs
 * in the job executor, in a transaction of its own after the approval has committed.
 *
 * <p>Exactly one letter per decision. The letter, its event and the job's completion commit together, so a rendering
 * or storing that fails leaves nothing behind and the job is retried (R5/PT1M in the model, then an incident in
 * Cockpit). A letter that exists already for the decision is taken, not made again, and the database refuses a
 * second one ({@code brev.vedtaksbrev_for} is unique): two nodes running the same job cannot both store one.
 */
@Component(VedtakProcess.Elements.BEAN_LAG_VEDTAKSBREV)
public class LagVedtaksbrevDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(LagVedtaksbrevDelegate.class);

  private final VedtakRegister register;
  private final Brevprodusent brev;

  public LagVedtaksbrevDelegate(VedtakRegister register, Brevprodusent brev) {
    this.register = register;
    this.brev = brev;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String vedtakId = text(execution, Variables.VEDTAK_ID);
    Vedtak vedtak = Optional.ofNullable(vedtakId).flatMap(register::finn)
        .orElseThrow(() -> new IllegalStateException("Vedtaket " + vedtakId + " finnes ikke; brevet kan ikke lages"));
    Optional<Brev> finnes = brev.vedtaksbrev(vedtak.id());
    if (finnes.isPresent()) {
      LOG.warn("Sak {}: vedtaksbrevet for vedtak {} finnes allerede ({}); det lages ikke på nytt", vedtak.saksnummer(),
          vedtak.id(), finnes.get().id());
      Variables.VEDTAKSBREV_ID.set(execution, finnes.get().id());
      return;
    }
    Brev vedtaksbrev = brev.produser(
        Vedtaksbrev.innhold(vedtak, text(execution, Variables.SOKER_REFERANSE),
            Saksfakta.soknadsdato(execution.getProcessEngineServices(), vedtak.saksnummer()),
            brev.navn(execution.getProcessEngineServices())),
        execution.getProcessBusinessKey(), execution.getProcessInstanceId(), vedtak.id(), vedtak.utfall());
    Variables.VEDTAKSBREV_ID.set(execution, vedtaksbrev.id());
  }
}
