package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.NYTT_BELOP_PER_MANED;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONAD_BELOP_PER_MANED;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONAD_ENDRING;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONAD_ENDRING_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONAD_ENDRING_FORSLAG;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONAD_ENDRING_FRA_DATO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONAD_ENDRING_HJEMMEL;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_VurderEndringAvStonad} (Følge opp, seed 003 «Endre?»; docs/lovtolkninger.md L12): granted
 * economic support is changed or stopped only by a new decision with complaint rights. The caseworker chooses which
 * ({@code stonadEndring}: {@code ENDRING} or {@code STANS}), from when, the new amount for a change, and why; all are
 * required and checked here (the task stays open when one is missing). The proposal names the amount granted before;
 * {@code Activity_VedtakEndringAvStonad} drafts the decision, which replaces the one in force.
 */
@Component(VurderStonadEndringListener.BEAN)
public class VurderStonadEndringListener implements TaskListener {

  public static final String BEAN = "vurderStonadEndring";

  static final String HJEMMEL = "sosialtjenesteloven § 18";

  enum Endring { ENDRING, STANS }

  private static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    Endring endring = v.oneOf(STONAD_ENDRING, Endring.class);
    Object raw = task.getVariable(STONAD_ENDRING_FRA_DATO.name());
    LocalDate fra = ProcessVariable.parseDate(raw);
    if (raw == null || raw.toString().isBlank()) {
      v.problem(STONAD_ENDRING_FRA_DATO.name(), "mangler");
    } else if (fra == null) {
      v.problem(STONAD_ENDRING_FRA_DATO.name(), "er ikke en dato på formen åååå-mm-dd");
    }
    Integer nytt = endring == Endring.ENDRING ? v.nonNegative(NYTT_BELOP_PER_MANED) : null;
    v.requireText(STONAD_ENDRING_BEGRUNNELSE, "begrunn vedtaket");
    v.throwIfInvalid();

    Integer for_ = STONAD_BELOP_PER_MANED.get(task);
    String tidligere = for_ == null ? "" : " (innvilget til nå: " + Stonadsberegning.kr(for_) + " per måned)";
    String forslag = switch (endring) {
      case ENDRING -> "Stønaden endres fra " + DATO.format(fra) + " til " + Stonadsberegning.kr(nytt)
          + " per måned" + tidligere + ".";
      case STANS -> "Stønaden stanses fra " + DATO.format(fra) + tidligere + ".";
    };
    STONAD_ENDRING_FORSLAG.set(task.getExecution(),
        forslag + " " + ProcessVariable.text(task, STONAD_ENDRING_BEGRUNNELSE).strip());
    STONAD_ENDRING_HJEMMEL.set(task.getExecution(), HJEMMEL);
  }
}
