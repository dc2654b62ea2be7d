package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ALDER;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.GRUNNBELOP;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.GRUNNBELOP_BEREGNINGSDATO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.GRUNNBELOP_GYLDIG_FRA;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.KVALIFISERINGSSTONAD_BEREGNING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.KVALIFISERINGSSTONAD_PER_AR;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.KVALIFISERINGSSTONAD_PER_MANED;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.PROGRAMPERIODE_MANEDER;

import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * What a grant of the qualification programme proposes beyond the right itself (part of {@code Task_ForeslaVedtak}):
 * the programme period the caseworker set from the work ability assessment, at most {@value #MAKS_PROGRAMPERIODE_MANEDER}
 * months (sosialtjenesteloven § 30 as seed 004 states it; docs/lovtolkninger.md L9), and the qualification benefit
 * from G on the day of the calculation ({@link Kvalifiseringsstonad}, table {@code grunnbelop}). Both go into the
 * proposal's reasoning, so the decision and its letter state them.
 */
final class KvalifiseringsprogramForslag {

  /** Seed 004: «Programmet kan vare i inntil to år». */
  static final int MAKS_PROGRAMPERIODE_MANEDER = 24;

  private KvalifiseringsprogramForslag() {}

  /** Checks the period and computes the benefit; returns the proposal's text, or {@code null} if a problem was noted. */
  static String forslag(DelegateExecution execution, Validering v) {
    Integer maneder = v.required(PROGRAMPERIODE_MANEDER);
    if (maneder != null && (maneder < 1 || maneder > MAKS_PROGRAMPERIODE_MANEDER)) {
      v.problem(PROGRAMPERIODE_MANEDER.name(), "programperioden fastsettes ut fra arbeidsevnevurderingen og kan være "
          + "1 til " + MAKS_PROGRAMPERIODE_MANEDER + " måneder (inntil to år, sosialtjenesteloven § 30); lengre program "
          + "krever forlengelse av særlige grunner ved et nytt vedtak");
    }
    Integer alder = v.required(ALDER);
    Integer grunnbelop = GRUNNBELOP.get(execution);
    if (grunnbelop == null) {
      v.problem(GRUNNBELOP.name(), "intet grunnbeløp gjelder for beregningsdagen; prosesseieren må legge det inn i "
          + "tabellen grunnbelop");
    }
    if (maneder == null || maneder < 1 || maneder > MAKS_PROGRAMPERIODE_MANEDER || alder == null || grunnbelop == null) {
      return null;
    }
    Kvalifiseringsstonad.Resultat stonad = Kvalifiseringsstonad.beregn(grunnbelop, GRUNNBELOP_GYLDIG_FRA.get(execution),
        GRUNNBELOP_BEREGNINGSDATO.get(execution), alder);
    KVALIFISERINGSSTONAD_PER_AR.set(execution, stonad.perAr());
    KVALIFISERINGSSTONAD_PER_MANED.set(execution, stonad.perManed());
    KVALIFISERINGSSTONAD_BEREGNING.set(execution, stonad.tekst());
    return "Programperioden er " + maneder + " måneder fra programmet starter, fastsatt ut fra arbeidsevnevurderingen "
        + "(sosialtjenesteloven § 30).\n" + stonad.tekst();
  }
}
