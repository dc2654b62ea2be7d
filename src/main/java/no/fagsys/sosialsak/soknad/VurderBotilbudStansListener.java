package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_STANS;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_STANS_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_STANS_FORSLAG;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_STANS_FRA_DATO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_STANS_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_STARTDATO;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_VurderStansAvBotilbud} (Følge opp temporary housing, sosialtjenesteloven § 27;
 * docs/lovtolkninger.md L20): a reported stop is either made a proposal for a new decision ({@code botilbudStans}
 * {@code STANS}: the municipality ends the stay before the agreed end or against the person's wish; from when, not
 * before today, and why) or not ({@code INGEN_STANS}: the stay continues, or it ends as agreed or by the person's own
 * choice, which the follow-up task records without a decision); the reasons are required either way. The proposal
 * goes to {@code Activity_VedtakStansAvBotilbud}, whose decision (four eyes, complaint rights) replaces the grant.
 */
@Component(VurderBotilbudStansListener.BEAN)
public class VurderBotilbudStansListener implements TaskListener {

  public static final String BEAN = "vurderBotilbudStans";

  static final String HJEMMEL = "sosialtjenesteloven § 27";

  enum Stans { STANS, INGEN_STANS }

  private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    Stans stans = v.oneOf(BOTILBUD_STANS, Stans.class);
    LocalDate fra = null;
    if (stans == Stans.STANS) {
      Object raw = task.getVariable(BOTILBUD_STANS_FRA_DATO.name());
      fra = ProcessVariable.parseDate(raw);
      if (raw == null || raw.toString().isBlank()) {
        v.problem(BOTILBUD_STANS_FRA_DATO.name(), "mangler");
      } else if (fra == null) {
        v.problem(BOTILBUD_STANS_FRA_DATO.name(), "er ikke en dato på formen åååå-mm-dd");
      } else if (fra.isBefore(EngineTime.today())) {
        v.problem(BOTILBUD_STANS_FRA_DATO.name(), "en stans kan ikke virke tilbake i tid (før dagens dato)");
      }
    }
    v.requireText(BOTILBUD_STANS_BEGRUNNELSE, stans == Stans.INGEN_STANS
        ? "skriv hvorfor botilbudet ikke stanses" : "begrunn vedtaket");
    v.throwIfInvalid();
    if (stans != Stans.STANS) {
      return;
    }
    LocalDate start = BOTILBUD_STARTDATO.get(task);
    String forslag = "Det midlertidige botilbudet stanses fra " + DATO.format(fra) + ", før oppholdet er over etter "
        + "vedtaket om botilbud" + (start == null ? "" : " (oppholdet begynte " + DATO.format(start) + ")") + ".";
    BOTILBUD_STANS_FORSLAG.set(task.getExecution(),
        forslag + " " + ProcessVariable.text(task, BOTILBUD_STANS_BEGRUNNELSE).strip());
    BOTILBUD_STANS_HJEMMEL.set(task.getExecution(), HJEMMEL);
  }
}
