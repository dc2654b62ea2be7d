package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.klage.KlageProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.vedtak.UgyldigVedtakException;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RegistrerStatsforvalterensVedtak}: Statsforvalteren changed the municipality's decision; its new
 * decision is stored in the decision register, replacing the decision in force: the complained-about one
 * ({@code paklagetVedtakId}), or, when the municipality changed it in part and forwarded the rest, that partial
 * change ({@code delvisEndretVedtakId}, which had replaced the complained-about one), {@code vedtakGjelder} {@code KLAGE}, drafted and approved by the Statsforvalteren user
 * who completed the task (the authenticated user). Statsforvalteren's decision in a complaint case cannot be
 * complained about (fvl. § 28 third paragraph): its {@code klagefrist} is the decision date itself.
 */
@Component(KlageProcess.Elements.BEAN_STATSFORVALTERENS_VEDTAK)
public class RegistrerStatsforvalterensVedtakDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrerStatsforvalterensVedtakDelegate.class);

  private final VedtakRegister register;

  public RegistrerStatsforvalterensVedtakDelegate(VedtakRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Validering v = new Validering(execution);
    String utfall = ProcessVariable.text(execution, STATSFORVALTERENS_VEDTAK_UTFALL);
    if (utfall == null || !VedtakProcess.Values.UTFALL.contains(utfall)) {
      v.problem("statsforvalterensVedtakUtfall: må være en av " + String.join(", ", VedtakProcess.Values.UTFALL) + ".");
    }
    String begrunnelse = ProcessVariable.text(execution, STATSFORVALTERENS_BEGRUNNELSE);
    if (begrunnelse == null) {
      v.problem("statsforvalterensBegrunnelse: begrunnelsen må fylles ut.");
    }
    String hjemmel = ProcessVariable.text(execution, STATSFORVALTERENS_HJEMMEL);
    if (hjemmel == null) {
      v.problem("statsforvalterensHjemmel: hjemmelen må fylles ut.");
    }
    String bruker = innloggetBruker();
    if (bruker == null) {
      v.problem("Den som fatter Statsforvalterens vedtak må være innlogget.");
    }
    String paklaget = ProcessVariable.text(execution, PAKLAGET_VEDTAK_ID);
    if (paklaget == null || register.finn(paklaget).isEmpty()) {
      v.problem("paklagetVedtakId: vedtaket det er klaget over finnes ikke.");
    }
    v.throwIfInvalid("Statsforvalterens vedtak kan ikke registreres", UgyldigVedtakException::new);
    Vedtak paklagetVedtak = register.finn(paklaget).orElseThrow();
    String delvisEndret = ProcessVariable.text(execution, DELVIS_ENDRET_VEDTAK_ID);
    String erstatter = delvisEndret != null && register.finn(delvisEndret).isPresent() ? delvisEndret : paklaget;
    LocalDate today = EngineTime.today();
    Vedtak vedtak = new Vedtak(UUID.randomUUID().toString(), paklagetVedtak.saksnummer(),
        paklagetVedtak.kommunenummer(), execution.getProcessInstanceId(), paklagetVedtak.tjeneste(),
        VedtakProcess.Values.KLAGE, utfall, hjemmel, begrunnelse, ProcessVariable.text(execution, UNDERSOKELSER), null,
        null, today, today, null, null, null, null, bruker, bruker, erstatter, Instant.now());
    register.lagre(vedtak);
    STATSFORVALTERENS_VEDTAK_ID.set(execution, vedtak.id());
    SAKSSTATUS.set(execution, "ENDRET_AV_STATSFORVALTEREN");
    LOG.info("Sak {}: Statsforvalterens vedtak {} erstatter vedtak {}, utfall {}", execution.getProcessBusinessKey(),
        vedtak.id(), erstatter, utfall);
  }

  private static String innloggetBruker() {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
