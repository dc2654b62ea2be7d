package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.bool;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.date;
import static no.fagsys.sosialsak.platform.process.ProcessVariable.string;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Records how a request for deferred implementation (utsatt iverksettelse, forvaltningsloven § 42) was decided, on
 * the decision it concerns, for the processes that receive such requests ({@code klage}, {@code vilkarsbrudd}). Bean
 * {@code registrerUtsattIverksettelse}; the decision is read from these variables (the form
 * {@code utsatt-iverksettelse} sets the last three):
 * <ul>
 *   <li>{@code utsattIverksettelseVedtakId} — the decision to defer (required);</li>
 *   <li>{@code utsattIverksettelseBegjaertDato} — when the request arrived (defaults to today);</li>
 *   <li>{@code utsattIverksettelseInstans} — {@code KOMMUNEN} (default) or {@code STATSFORVALTEREN};</li>
 *   <li>{@code utsattIverksettelseInnvilget} (Boolean) and {@code utsattIverksettelseBegrunnelse} (required).</li>
 * </ul>
 * The decider is the authenticated user (Tasklist, REST).
 */
@Component("registrerUtsattIverksettelse")
public class RegistrerUtsattIverksettelseDelegate implements JavaDelegate {

  public static final ProcessVariable<String> VEDTAK_ID = string("utsattIverksettelseVedtakId");
  public static final ProcessVariable<LocalDate> BEGJAERT_DATO = date("utsattIverksettelseBegjaertDato");
  public static final ProcessVariable<String> INSTANS = string("utsattIverksettelseInstans");
  public static final ProcessVariable<Boolean> INNVILGET = bool("utsattIverksettelseInnvilget");
  public static final ProcessVariable<String> BEGRUNNELSE = string("utsattIverksettelseBegrunnelse");

  private final VedtakRegister register;

  public RegistrerUtsattIverksettelseDelegate(VedtakRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Validering v = new Validering(execution);
    String vedtakId = ProcessVariable.text(execution, VEDTAK_ID);
    if (vedtakId == null) {
      v.problem("Vedtaket som skal utsettes (utsattIverksettelseVedtakId) mangler.");
    }
    Boolean innvilget = INNVILGET.get(execution);
    if (innvilget == null) {
      v.problem("Avgjørelsen (utsattIverksettelseInnvilget) mangler.");
    }
    String begrunnelse = ProcessVariable.text(execution, BEGRUNNELSE);
    if (begrunnelse == null) {
      v.problem("Begrunnelsen (utsattIverksettelseBegrunnelse) må fylles ut.");
    }
    String instans = ProcessVariable.text(execution, INSTANS);
    if (instans == null) {
      instans = UtsattIverksettelse.KOMMUNEN;
    } else if (!List.of(UtsattIverksettelse.KOMMUNEN, UtsattIverksettelse.STATSFORVALTEREN).contains(instans)) {
      v.problem("Instansen (utsattIverksettelseInstans) må være KOMMUNEN eller STATSFORVALTEREN.");
    }
    String besluttetAv = besluttetAv();
    if (besluttetAv == null) {
      v.problem("Den som avgjør begjæringen må være innlogget.");
    }
    v.throwIfInvalid("Begjæringen om utsatt iverksettelse kan ikke registreres", UgyldigVedtakException::new);
    LocalDate today = EngineTime.today();
    LocalDate begjaert = BEGJAERT_DATO.get(execution);
    register.registrerUtsattIverksettelse(new UtsattIverksettelse(UUID.randomUUID().toString(), vedtakId,
        execution.getProcessBusinessKey(), begjaert == null ? today : begjaert, innvilget, begrunnelse, besluttetAv,
        instans, today, Instant.now()));
  }

  private static String besluttetAv() {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
