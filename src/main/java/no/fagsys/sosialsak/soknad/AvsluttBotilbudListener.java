package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_AVSLUTNING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_AVSLUTTET_DATO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_BESKRIVELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_STARTDATO;

import java.time.LocalDate;
import java.util.Arrays;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_FolgOppBotilbud} or {@code Task_FolgOppBotilbudBarnefamilie} (Følge opp temporary housing,
 * sosialtjenesteloven § 27; docs/lovtolkninger.md L20): the stay ended without a new decision, and the caseworker
 * records how. Only two endings are recorded this way: the stay is over as agreed ({@code AVTALT_SLUTT}: the end the
 * decision or the agreement with the person set, or the person has got another place to live), or the person has
 * moved out of their own accord ({@code FLYTTET_SELV}). The municipality ending the stay before that or against the
 * person's wish is a stop, a new decision with complaint rights ({@code Task_VurderStansAvBotilbud}), and is refused
 * here. The day it ended (not in the future, not before the stay began) and a description are required.
 */
@Component(AvsluttBotilbudListener.BEAN)
public class AvsluttBotilbudListener implements TaskListener {

  public static final String BEAN = "avsluttBotilbud";

  /** How a stay ends without a decision. */
  enum Avslutning { AVTALT_SLUTT, FLYTTET_SELV }

  static final String STANS_ER_VEDTAK = "avslutter kommunen botilbudet før avtalt tid eller mot søkerens ønske, er "
      + "det en stans og et nytt vedtak med klagerett: meld endring i saken, så får du oppgaven «Vurder stans av "
      + "botilbudet»";

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    v.requireText(BOTILBUD_BESKRIVELSE, "beskriv botilbudet og oppfølgingen");
    Object svar = task.getVariable(BOTILBUD_AVSLUTNING.name());
    String avslutning = svar == null || svar.toString().isBlank() ? null : svar.toString().strip();
    if (avslutning == null) {
      v.problem(BOTILBUD_AVSLUTNING.name(), "velg hvordan oppholdet sluttet (AVTALT_SLUTT eller FLYTTET_SELV); "
          + STANS_ER_VEDTAK);
    } else if (Arrays.stream(Avslutning.values()).noneMatch(a -> a.name().equals(avslutning))) {
      v.problem(BOTILBUD_AVSLUTNING.name(), "ugyldig verdi '" + avslutning + "', gyldige verdier er AVTALT_SLUTT og "
          + "FLYTTET_SELV; " + STANS_ER_VEDTAK);
    }
    LocalDate slutt = v.dateNotAfter(BOTILBUD_AVSLUTTET_DATO, EngineTime.today());
    LocalDate start = BOTILBUD_STARTDATO.get(task);
    if (slutt != null && start != null && slutt.isBefore(start)) {
      v.problem(BOTILBUD_AVSLUTTET_DATO.name(), "kan ikke være før oppholdet begynte (" + start + ")");
    }
    v.throwIfInvalid();
  }
}
