package no.fagsys.sosialsak.vedtak;

import no.fagsys.sosialsak.brev.EngineNavn;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.sak.Saksfakta;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The draft task {@code Task_UtformVedtak}. On <b>create</b>: a decision on temporary housing (§ 27) or in an
 * emergency is due the day the application came in ({@code vedtakFristSammeDag}, from the application), and an
 * emergency without that deadline (a later decision in the case) the same day (SPEC § 4.1); otherwise the draft has no due date of its own (the calling case's deadlines, such
 * as the interim reply after one month, apply). On <b>complete</b>: the draft must be complete (the same rules as when it is issued, so the
 * caseworker hears of a gap now, not the leader later), and the drafter is recorded as the task's assignee (so the
 * engine's task history names her) and in {@code utformetAv} for the forms, with the draft's fingerprint
 * ({@code utkastSjekksum}) for the four-eyes check. The drafter is the authenticated user; without one (the engine called by a system or a test),
 * the task's assignee. A draft completed by nobody known is refused: four eyes need to know the first pair.
 */
@Component(VedtakProcess.Elements.BEAN_UTFORM_LISTENER)
public class UtformVedtakListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(UtformVedtakListener.class);

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      java.util.Date sammeDag = FristSammeDag.frist(task);
      if (sammeDag != null) {
        task.setDueDate(sammeDag);
      } else if (Boolean.TRUE.equals(Variables.NODSITUASJON.get(task))) {
        task.setDueDate(GodkjennVedtakListener.fristDato(GodkjennVedtakListener.idag()));
      }
      return;
    }
    String drafter = Saksbehandlere.somFullforer(task);
    if (drafter == null) {
      throw new UgyldigVedtakException("Vedtaket kan ikke sendes til godkjenning uten at vi vet hvem som har "
          + "utformet det: oppgaven må fullføres av en innlogget bruker eller være tildelt en saksbehandler.");
    }
    Validering v = new Validering(task);
    VedtakUtkast.fra(task).problemer().forEach(v::problem);
    v.throwIfInvalid("Vedtaket er ikke ferdig utformet", UgyldigVedtakException::new);
    // The drafter is recorded where the engine keeps it (the task's history names the user who completed it) and
    // the draft's fingerprint, so the approval can tell whether anything changed after it was handed in.
    if (!drafter.equals(task.getAssignee())) {
      task.setAssignee(drafter);
    }
    Variables.UTFORMET_AV.set(task, drafter);
    Variables.UTFORMET_AV_NAVN.set(task, EngineNavn.brukernavn(task.getProcessEngineServices(), drafter));
    Variables.UTKAST_SJEKKSUM.set(task, VedtakUtkast.fra(task).sjekksum());
    LOG.info("Sak {}: vedtak utformet, sendt til godkjenning", Saksfakta.saksnummer(task));
  }
}
