package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.klage.KlageProcess.Variables.*;

import java.util.List;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.Brevprodusent;
import no.fagsys.sosialsak.klage.KlageProcess.Values;
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
 * {@code Task_SendStatsforvalterensVedtak}: Statsforvalteren's decision on the complaint, whatever it is (dismiss,
 * uphold, change, quash), goes to the complainant as a letter with a copy to the municipality, saying it is final
 * ({@link StatsforvalterensVedtaksbrev}). The complained-about decision comes from the register, the case number from
 * the business key, the date from the engine clock, the signer from the authenticated user who completed
 * Statsforvalteren's task. Stored with the case in the same transaction ({@code statsforvalterensVedtaksbrevId}).
 */
@Component(KlageProcess.Elements.BEAN_SEND_STATSFORVALTERENS_VEDTAK)
public class SendStatsforvalterensVedtakDelegate implements JavaDelegate {

  static final List<String> UTFALL = List.of(Values.AVVISE, Values.STADFESTE, Values.ENDRE, Values.OPPHEVE);

  private static final Logger LOG = LoggerFactory.getLogger(SendStatsforvalterensVedtakDelegate.class);

  private final VedtakRegister register;
  private final Brevprodusent brev;

  public SendStatsforvalterensVedtakDelegate(VedtakRegister register, Brevprodusent brev) {
    this.register = register;
    this.brev = brev;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Validering v = new Validering(execution);
    String utfall = ProcessVariable.text(execution, STATSFORVALTERENS_UTFALL);
    if (utfall == null || !UTFALL.contains(utfall)) {
      v.problem("statsforvalterensUtfall: må være en av " + String.join(", ", UTFALL) + ".");
    }
    String nyttUtfall = ProcessVariable.text(execution, STATSFORVALTERENS_VEDTAK_UTFALL);
    if (Values.ENDRE.equals(utfall) && (nyttUtfall == null || !VedtakProcess.Values.UTFALL.contains(nyttUtfall))) {
      v.problem("statsforvalterensVedtakUtfall: må være en av " + String.join(", ", VedtakProcess.Values.UTFALL)
          + ".");
    }
    String begrunnelse = ProcessVariable.text(execution, STATSFORVALTERENS_BEGRUNNELSE);
    if (begrunnelse == null) {
      v.problem("statsforvalterensBegrunnelse: begrunnelsen må fylles ut.");
    }
    String paklagetId = ProcessVariable.text(execution, PAKLAGET_VEDTAK_ID);
    Vedtak paklaget = paklagetId == null ? null : register.finn(paklagetId).orElse(null);
    if (paklaget == null) {
      v.problem("paklagetVedtakId: vedtaket det er klaget over finnes ikke.");
    }
    v.throwIfInvalid("Statsforvalterens vedtak kan ikke sendes", UgyldigVedtakException::new);
    String saksnummer = execution.getProcessBusinessKey();
    String delvisEndretId = ProcessVariable.text(execution, DELVIS_ENDRET_VEDTAK_ID);
    Vedtak delvisEndret = delvisEndretId == null ? null : register.finn(delvisEndretId).orElse(null);
    Brev produsert = brev.produser(StatsforvalterensVedtaksbrev.innhold(saksnummer, paklaget, delvisEndret, utfall,
            Values.ENDRE.equals(utfall) ? nyttUtfall : null, begrunnelse,
            ProcessVariable.text(execution, STATSFORVALTERENS_HJEMMEL), EngineTime.today(), innloggetBruker(),
            brev.navn(execution.getProcessEngineServices())),
        saksnummer, execution.getProcessInstanceId(), paklaget.id(), null);
    STATSFORVALTERENS_VEDTAKSBREV_ID.set(execution, produsert.id());
    LOG.info("Sak {}: Statsforvalterens vedtak ({}) er sendt klageren med kopi til kommunen", saksnummer, utfall);
  }

  private static String innloggetBruker() {
    Authentication authentication = Context.getCommandContext() == null ? null
        : Context.getProcessEngineConfiguration().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
