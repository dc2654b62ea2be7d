package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Objects;
import no.fagsys.sosialsak.brev.EngineNavn;
import no.fagsys.sosialsak.frist.Helligdagskalender;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.sak.Saksfakta;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The approval task {@code Task_GodkjennVedtak}, four eyes enforced by the engine.
 *
 * <p>On <b>create</b>: due by the end of the second working day (the same day in an emergency, {@code nodsituasjon};
 * for temporary housing and emergencies on application the end of the day it came in, {@code vedtakFristSammeDag});
 * the previous round's answer is cleared, so the gateway only ever sees this round's {@code godkjent}.
 *
 * <p>On <b>complete</b>: the approver is the authenticated user, or without one (a system or a test) the assignee,
 * and is recorded as the task's assignee so the task history names her. The approver may not be the drafter, judged
 * from the engine's task history (who completed {@code Task_UtformVedtak}), whether approving or sending back: the
 * exception rolls the completion back, the task stays open and nothing is saved. {@code godkjent} must be given;
 * sending back needs a comment for the caseworker; approving needs the draft exactly as it was handed in (its
 * fingerprint {@code utkastSjekksum}): any change is a send-back.
 */
@Component(VedtakProcess.Elements.BEAN_GODKJENN_LISTENER)
public class GodkjennVedtakListener implements TaskListener {

  public static final String EGEN_GODKJENNING = "Du kan ikke godkjenne et vedtak du selv har utformet.";
  public static final String UTKAST_ENDRET = "Utkastet er endret etter at saksbehandleren leverte det. Den som "
      + "godkjenner, kan ikke endre vedtaket: send det tilbake med en kommentar om hva som skal endres.";

  /** Working days a leader has to approve a draft. */
  public static final int GODKJENNING_ARBEIDSDAGER = 2;
  static final LocalTime ARBEIDSDAGENS_SLUTT = LocalTime.of(15, 30);

  private static final Logger LOG = LoggerFactory.getLogger(GodkjennVedtakListener.class);

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> opprettet(task);
      case EVENTNAME_COMPLETE -> fullfort(task);
      default -> { }
    }
  }

  private void opprettet(DelegateTask task) {
    boolean nod = Boolean.TRUE.equals(Variables.NODSITUASJON.get(task));
    Date sammeDag = FristSammeDag.frist(task);
    task.setDueDate(sammeDag != null ? sammeDag : fristDato(godkjenningsfrist(idag(), nod)));
    Variables.GODKJENT.remove(task);
    Variables.GODKJENNING_KOMMENTAR.remove(task);
    Variables.GODKJENT_AV.remove(task);
  }

  /** Today in Norway by the engine clock ({@link ClockUtil}, which tests may move). */
  static LocalDate idag() {
    return EngineTime.today();
  }

  /** A due date: the end of the working day on the given day, Norwegian time. */
  static Date fristDato(LocalDate dag) {
    return Date.from(dag.atTime(ARBEIDSDAGENS_SLUTT).atZone(EngineTime.NORGE).toInstant());
  }

  /** The last day for the approval: today in an emergency, otherwise the second working day after today. */
  static LocalDate godkjenningsfrist(LocalDate idag, boolean nodsituasjon) {
    if (nodsituasjon) {
      return idag;
    }
    LocalDate day = idag;
    for (int left = GODKJENNING_ARBEIDSDAGER; left > 0; ) {
      day = day.plusDays(1);
      if (Helligdagskalender.isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  private void fullfort(DelegateTask task) {
    String saksnummer = Saksfakta.saksnummer(task);
    String approver = Saksbehandlere.somFullforer(task);
    if (approver == null) {
      throw new UgyldigVedtakException("Vedtaket kan ikke godkjennes uten at vi vet hvem som godkjenner: oppgaven "
          + "må fullføres av en innlogget leder eller være tildelt en leder.");
    }
    // The drafter is who completed the draft task, from the engine's history: nothing a user submits decides it.
    String drafter = Saksfakta.fullfortAv(task.getProcessEngineServices(), task.getProcessInstanceId(),
        VedtakProcess.Elements.UTFORM_VEDTAK);
    if (drafter == null) {
      throw new UgyldigVedtakException("Vedtaket kan ikke godkjennes: det er ikke registrert hvem som utformet det.");
    }
    if (Objects.equals(approver, drafter)) {
      LOG.warn("Sak {}: godkjenning avvist, godkjenner har selv utformet vedtaket", saksnummer);
      throw new UgyldigVedtakException(EGEN_GODKJENNING);
    }
    Boolean godkjent = Variables.GODKJENT.get(task);
    if (godkjent == null) {
      throw new UgyldigVedtakException("Angi om vedtaket godkjennes (godkjent: ja eller nei).");
    }
    if (!approver.equals(task.getAssignee())) {
      task.setAssignee(approver);
    }
    if (godkjent) {
      if (!VedtakUtkast.fra(task).sjekksum().equals(Variables.UTKAST_SJEKKSUM.get(task))) {
        LOG.warn("Sak {}: godkjenning avvist, utkastet er endret etter at det ble levert", saksnummer);
        throw new UgyldigVedtakException(UTKAST_ENDRET);
      }
      Variables.UTFORMET_AV.set(task, drafter);
      Variables.UTFORMET_AV_NAVN.set(task, EngineNavn.brukernavn(task.getProcessEngineServices(), drafter));
      Variables.GODKJENT_AV.set(task, approver);
      Variables.SENDT_TILBAKE_AV.remove(task);
      Variables.SENDT_TILBAKE_AV_NAVN.remove(task);
      LOG.info("Sak {}: vedtak godkjent", saksnummer);
    } else {
      if (text(task, Variables.GODKJENNING_KOMMENTAR) == null) {
        throw new UgyldigVedtakException("Skriv en kommentar til saksbehandleren (godkjenningKommentar) når "
            + "vedtaket sendes tilbake.");
      }
      Variables.SENDT_TILBAKE_AV.set(task, approver);
      Variables.SENDT_TILBAKE_AV_NAVN.set(task, EngineNavn.brukernavn(task.getProcessEngineServices(), approver));
      Variables.GODKJENT_AV.remove(task);
      LOG.info("Sak {}: vedtak sendt tilbake til saksbehandler", saksnummer);
    }
  }
}
