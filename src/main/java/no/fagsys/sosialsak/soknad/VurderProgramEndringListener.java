package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_AVSLUTNING_ARSAK;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_ENDRING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_ENDRING_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_ENDRING_FORSLAG;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_ENDRING_FRA_DATO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_ENDRING_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAM_PERMISJON_TIL_DATO;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_FolgOppKvalifiseringsprogram} (Følge opp, seed 003 «Endre?»; seed 004 «Mulighet for
 * permisjoner og evt midlertidig stans»; docs/lovtolkninger.md L12): ending the programme before its period is over,
 * stopping it, or leave from it is a new decision with complaint rights, never a silent step. The caseworker chooses
 * which ({@code programEndring}: {@code AVSLUTNING}, {@code STANS}, {@code PERMISJON}), from when, for leave until
 * when, and why; all are required and checked here (the task stays open when one is missing). The proposal's reasoning
 * and legal basis ({@code programEndringForslag}, {@code programEndringHjemmel}) go to {@code
 * Activity_VedtakProgramEndring}, which drafts the decision through the four-eyes steps.
 */
@Component(VurderProgramEndringListener.BEAN)
public class VurderProgramEndringListener implements TaskListener {

  public static final String BEAN = "vurderProgramEndring";

  /** What a follow-up decision on the programme stands on (the exact paragraph is for legal review, L12). */
  static final String HJEMMEL = "sosialtjenesteloven §§ 29 til 39 og forskrift om kvalifiseringsprogram og "
      + "kvalifiseringsstønad";

  enum Endring { AVSLUTNING, STANS, PERMISJON }

  enum Arsak {
    ARBEID("deltakeren går over til arbeid eller utdanning"),
    FULLFORT("deltakeren har fullført programmet"),
    AVBRUTT("programmet er avbrutt");

    final String tekst;

    Arsak(String tekst) {
      this.tekst = tekst;
    }
  }

  private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    Endring endring = v.oneOf(PROGRAM_ENDRING, Endring.class);
    LocalDate fra = dato(v, task, PROGRAM_ENDRING_FRA_DATO);
    Arsak arsak = endring == Endring.AVSLUTNING ? v.oneOf(PROGRAM_AVSLUTNING_ARSAK, Arsak.class) : null;
    LocalDate til = endring == Endring.PERMISJON ? dato(v, task, PROGRAM_PERMISJON_TIL_DATO) : null;
    if (fra != null && til != null && til.isBefore(fra)) {
      v.problem(PROGRAM_PERMISJON_TIL_DATO.name(), "permisjonen kan ikke slutte før den begynner");
    }
    v.requireText(PROGRAM_ENDRING_BEGRUNNELSE, "begrunn vedtaket");
    v.throwIfInvalid();

    String begrunnelse = ProcessVariable.text(task, PROGRAM_ENDRING_BEGRUNNELSE);
    String forslag = switch (endring) {
      case AVSLUTNING -> "Kvalifiseringsprogrammet avsluttes fra " + DATO.format(fra) + " fordi " + arsak.tekst
          + ". Kvalifiseringsstønaden gis til og med dagen før.";
      case STANS -> "Kvalifiseringsprogrammet og kvalifiseringsstønaden stanses fra " + DATO.format(fra) + ".";
      case PERMISJON -> "Deltakeren får permisjon fra kvalifiseringsprogrammet fra " + DATO.format(fra)
          + " til og med " + DATO.format(til) + ". Programperioden forlenges ikke av permisjonen.";
    };
    PROGRAM_ENDRING_FORSLAG.set(task.getExecution(), forslag + " " + begrunnelse.strip());
    PROGRAM_ENDRING_HJEMMEL.set(task.getExecution(), HJEMMEL);
  }

  private static LocalDate dato(Validering v, DelegateTask task, ProcessVariable<LocalDate> variable) {
    Object raw = task.getVariable(variable.name());
    if (raw == null || raw.toString().isBlank()) {
      v.problem(variable.name(), "mangler");
      return null;
    }
    LocalDate dato = ProcessVariable.parseDate(raw);
    if (dato == null) {
      v.problem(variable.name(), "er ikke en dato på formen åååå-mm-dd");
    }
    return dato;
  }
}
