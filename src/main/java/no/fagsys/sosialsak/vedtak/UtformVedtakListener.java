package no.fagsys.sosialsak.vedtak;

import java.util.List;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The draft task {@code Task_UtformVedtak}. On <b>create</b>: in an emergency ({@code nodsituasjon}) the decision is
 * due the same day (SPEC § 4.1); otherwise the draft has no due date of its own (the calling case's deadlines, such
 * as the interim reply after one month, apply). On <b>complete</b>: the draft must be complete (the same rules as when it is issued, so the
 * caseworker hears of a gap now, not the leader later), and the drafter is recorded in {@code utformetAv} for the
 * four-eyes check. The drafter is the authenticated user; without one (the engine called by a system or a test),
 * the task's assignee. A draft completed by nobody known is refused: four eyes need to know the first pair.
 */
@Component(VedtakProcess.Elements.BEAN_UTFORM_LISTENER)
public class UtformVedtakListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(UtformVedtakListener.class);

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (Boolean.TRUE.equals(Variables.NODSITUASJON.get(task))) {
        task.setDueDate(GodkjennVedtakListener.fristDato(GodkjennVedtakListener.idag()));
      }
      return;
    }
    String drafter = Saksbehandlere.somFullforer(task);
    if (drafter == null) {
      throw new UgyldigVedtakException("Vedtaket kan ikke sendes til godkjenning uten at vi vet hvem som har "
          + "utformet det: oppgaven må fullføres av en innlogget bruker eller være tildelt en saksbehandler.");
    }
    List<String> feil = VedtakUtkast.fra(task).problemer();
    if (!feil.isEmpty()) {
      throw UgyldigVedtakException.av("Vedtaket er ikke ferdig utformet", feil);
    }
    Variables.UTFORMET_AV.set(task, drafter);
    LOG.info("Sak {}: vedtak utformet, sendt til godkjenning", Variables.SAKSNUMMER.get(task));
  }
}
