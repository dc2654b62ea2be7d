package no.fagsys.sosialsak.soknad;

import no.fagsys.sosialsak.frist.Frister;
import java.time.LocalDate;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Deadlines used directly in timer expressions, for timers the engine schedules when the case is created (before any
 * listener runs), such as the interim reply's event subprocess: {@code ${soknadFrister.forelopigSvar(execution)}}.
 * Lenient on purpose: a missing or malformed {@code soknadsdato} yields today's date here, because the start listener
 * ({@link RegistrerSoknadListener}) refuses such a case right after, naming the field, and nothing is saved.
 */
@Component("soknadFrister")
public class SoknadFrister {

  /** One month after the application date (forvaltningsloven § 11 a), as a timer date. */
  public String forelopigSvar(DelegateExecution execution) {
    LocalDate soknadsdato = ProcessVariable.parseDate(execution.getVariable(SoknadProcess.Variables.SOKNADSDATO.name()));
    return EngineTime.startOf(Frister.forelopigSvar(soknadsdato == null ? EngineTime.today() : soknadsdato));
  }

  /** Today (the engine clock's day in Norway) as {@code yyyy-MM-dd}: the day the guideline rates are looked up for. */
  public String idag() {
    return EngineTime.today().toString();
  }

  /**
   * Today as the whole number {@code yyyyMMdd}, the input of {@code satserLivsopphold}: the rates' valid-from dates are
   * written the same way ({@code >= 20240101}), so the table compares whole numbers.
   */
  public Integer dagnummer() {
    LocalDate idag = EngineTime.today();
    return idag.getYear() * 10000 + idag.getMonthValue() * 100 + idag.getDayOfMonth();
  }
}
