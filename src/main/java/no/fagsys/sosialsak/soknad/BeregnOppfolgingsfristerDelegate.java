package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_GJENNOMGANG;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.BOTILBUD_MAKSDATO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSPERIODE_SLUTT;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.STONADSPERIODE_TIL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TJENESTE;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.process.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_BeregnOppfolgingsfrister}: the follow-up's timers, from the decision day (temporary housing: from the
 * day the stay began, {@code botilbudStartdato}). Economic support, with or without conditions, is followed up until
 * the end of the granted period (without one: the end of the decision's month, docs/lovtolkninger.md L19); temporary housing is reviewed two weeks before three months and, for a household
 * with children, never runs past three months (seed 004, § 27).
 */
@Component("beregnOppfolgingsfrister")
public class BeregnOppfolgingsfristerDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = EngineTime.today();
    Tjeneste tjeneste = Tjeneste.valueOf(TJENESTE.get(execution));
    switch (tjeneste) {
      case OKONOMISK_STONAD -> {
        // L19: the follow-up lasts the granted period; a grant with no period recorded (the draft turned a proposed
        // refusal into a grant) is support for the month of the decision, as the amounts are per month.
        LocalDate til = STONADSPERIODE_TIL.get(execution);
        LocalDate sisteDag = til == null ? today.with(TemporalAdjusters.lastDayOfMonth()) : til;
        STONADSPERIODE_SLUTT.set(execution, EngineTime.startOf(sisteDag.plusDays(1)));
      }
      case MIDLERTIDIG_BOTILBUD -> {
        // § 27: a family with children never more than three months in the stay, counted from the day it began.
        LocalDate start = SoknadProcess.Variables.BOTILBUD_STARTDATO.get(execution);
        LocalDate fra = start == null ? today : start;
        BOTILBUD_GJENNOMGANG.set(execution, EngineTime.startOf(Frister.midlertidigBotilbudReview(fra)));
        BOTILBUD_MAKSDATO.set(execution, EngineTime.startOf(Frister.midlertidigBotilbudLimitForBarnefamilie(fra)));
      }
      case INTRODUKSJONSPROGRAM_FORLENGELSE -> {
        // Integreringsloven § 13: the follow-up is due when the extended programme time runs out.
        Integer maneder = ForlengelseIntroduksjonsprogram.MANEDER.get(execution);
        SoknadProcess.Variables.INTRO_FORLENGELSE_SLUTT.set(execution,
            EngineTime.startOf(today.plusMonths(maneder == null ? 0 : maneder)));
      }
      default -> { }
    }
  }
}
