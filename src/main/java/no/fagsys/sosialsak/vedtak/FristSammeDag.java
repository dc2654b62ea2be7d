package no.fagsys.sosialsak.vedtak;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The same-day deadline of a decision on temporary housing (§ 27) or in an emergency: the end of the day the
 * application came in ({@link Variables#VEDTAK_FRIST_SAMME_DAG}, handed over by the application's model from the
 * deadline it set at receipt by the engine clock). The draft and the approval are due then, and the timer
 * {@code Event_VedtakIkkeFattetIDag} escalates to the leader when it has passed.
 */
final class FristSammeDag {

  private FristSammeDag() {}

  /** The deadline as the engine reads a timer date (Norwegian time, the engine's zone), or null when not a date-time. */
  static Date tidspunkt(String verdi) {
    try {
      return Date.from(LocalDateTime.parse(verdi).atZone(EngineTime.NORGE).toInstant());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The deadline of this decision, or null when it has none. */
  static Date frist(VariableScope scope) {
    String verdi = ProcessVariable.text(scope, Variables.VEDTAK_FRIST_SAMME_DAG);
    return verdi == null ? null : tidspunkt(verdi);
  }
}
