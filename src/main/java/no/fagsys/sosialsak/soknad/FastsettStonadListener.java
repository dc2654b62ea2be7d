package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BELOP_AVVIK_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORSLAG_BELOP_PER_MANED;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.LANEVILKAR;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSBEREGNING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSFORM;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSPERIODE_FRA;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSPERIODE_TIL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSUTMALING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONAD_BELOP_PER_MANED;

import java.time.LocalDate;
import no.fagsys.sosialsak.brev.Brevinnhold;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_FastsettStonad}: the caseworker confirms the proposal ({@code forslagBelopPerManed}) or
 * departs from it, and a departure needs written reasons ({@code belopAvvikBegrunnelse}); the support period needs a
 * first and a last day, in that order; the form of support (§ 21, {@code stonadsform}) is one of the four, and a loan
 * or a guarantee states its terms ({@code lanevilkar}). What the decision will state is recorded as
 * {@code stonadsutmaling}: the amount per month, the period, the calculation, any departure with its reasons, and the
 * form with a loan's terms. A refusal names each field.
 */
@Component(FastsettStonadListener.BEAN)
public class FastsettStonadListener implements TaskListener {

  public static final String BEAN = "fastsettStonad";

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    Integer belop = v.nonNegative(STONAD_BELOP_PER_MANED);
    Integer forslag = FORSLAG_BELOP_PER_MANED.get(task);
    boolean avvik = belop != null && forslag != null && !belop.equals(forslag);
    if (avvik) {
      v.requireText(BELOP_AVVIK_BEGRUNNELSE, "beløpet avviker fra beregningen (" + Stonadsberegning.kr(forslag)
          + "): begrunn avviket");
    }
    LocalDate fra = dato(task, v, STONADSPERIODE_FRA);
    LocalDate til = dato(task, v, STONADSPERIODE_TIL);
    if (fra != null && til != null && til.isBefore(fra)) {
      v.problem(STONADSPERIODE_TIL.name(), "stønadsperioden kan ikke slutte før den begynner");
    }
    Stonadsform form = null;
    if (ProcessVariable.text(task, STONADSFORM) == null) {
      v.problem(STONADSFORM.name(), "velg stønadsform: bidrag, lån, garanti eller varer og tjenester "
          + "(sosialtjenesteloven § 21)");
    } else {
      form = v.oneOf(STONADSFORM, Stonadsform.class);
    }
    if (form != null && form.krevervilkar()) {
      v.requireText(LANEVILKAR, form.vilkarMangler());
    }
    v.throwIfInvalid();
    String utmaling = "Stønaden er " + Stonadsberegning.kr(belop) + " per måned i perioden "
        + Brevinnhold.DATO.format(fra) + "–" + Brevinnhold.DATO.format(til) + ".\n"
        + "Beregning:\n" + ProcessVariable.text(task, STONADSBEREGNING)
        + (avvik ? "\nBeløpet er satt til " + Stonadsberegning.kr(belop) + " i stedet for beregnede "
            + Stonadsberegning.kr(forslag) + " fordi: " + ProcessVariable.text(task, BELOP_AVVIK_BEGRUNNELSE) : "")
        + "\n" + form.tekst(ProcessVariable.text(task, LANEVILKAR));
    STONADSUTMALING.set(task, utmaling);
  }

  private static LocalDate dato(DelegateTask task, Validering v, ProcessVariable<LocalDate> variable) {
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
