package no.fagsys.sosialsak.vilkarsbrudd;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.text;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.BRYTES_VEDTAK_ID;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.ERSTATTER_VEDTAK_ID;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.HENDELSE;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.INFORMERT_OM_REDUKSJON_I_VEDTAKET;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.KOMMUNENUMMER;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.SAKSNUMMER;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.TJENESTE;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VEDTAK_GJELDER;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VEDTAK_ID;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VILKAR;

import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakProcess;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At the breach report ({@code Event_VilkarsbruddMeldt}): refuses a report that does not concern an issued decision
 * with conditions, naming each field (nothing is started; 400 over the engine REST API), and takes over from the
 * breached decision what the case needs:
 * <ul>
 *   <li>{@code vedtakId} must be an issued decision ({@link VedtakRegister}) that has conditions; {@code vilkar} (which
 *       condition) and {@code hendelse} (what happened) are required; {@code kommunenummer} is required (it gives the
 *       case its tenant) and must be the decision's municipality.</li>
 *   <li>{@code brytesVedtakId} and {@code erstatterVedtakId} keep the breached decision's id ({@code vedtakId} is
 *       overwritten when the new decision is issued); {@code saksnummer}, {@code tjeneste} and
 *       {@code informertOmReduksjonIVedtaket} come from the decision; {@code vedtakGjelder} is {@code VILKARSBRUDD}.</li>
 *   <li>The business key is the decision's case number with {@code -V} and a running number ({@code 2026-5028-000001-V1}).</li>
 * </ul>
 */
@Component(VilkarsbruddProcess.Elements.BEAN_REGISTRER)
public class RegistrerVilkarsbruddListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrerVilkarsbruddListener.class);

  private final VedtakRegister register;

  public RegistrerVilkarsbruddListener(VedtakRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Validering v = new Validering(execution);
    String vedtakId = v.requiredText(VEDTAK_ID);
    String kommunenummer = v.requiredText(KOMMUNENUMMER);
    v.requiredText(VILKAR);
    v.requiredText(HENDELSE);
    Vedtak vedtak = null;
    if (vedtakId != null) {
      // Another municipality's decision answers exactly as an unknown one: no existence oracle.
      String kommune = execution.getTenantId() != null ? execution.getTenantId() : kommunenummer;
      vedtak = register.finn(vedtakId).filter(d -> d.kommunenummer().equals(kommune)).orElse(null);
      if (vedtak == null) {
        v.problem("vedtakId: finner ikke vedtaket '" + vedtakId + "'");
      } else if (vedtak.vilkar() == null || vedtak.vilkar().isBlank()) {
        v.problem("vedtakId: vedtaket har ingen vilkår, så det kan ikke meldes brudd på vilkår");
      } else if (kommunenummer != null && !kommunenummer.equals(vedtak.kommunenummer())) {
        v.problem("kommunenummer: vedtaket gjelder kommune " + vedtak.kommunenummer() + ", ikke " + kommunenummer);
      }
    }
    if (v.isValid() && !vedtak.kommunenummer().equals(execution.getTenantId())) {
      v.problem("kommunenummer: saken må høre til vedtakets kommune " + vedtak.kommunenummer());
    }
    v.throwIfInvalid("Ugyldig melding om vilkårsbrudd");

    String businessKey = vedtak.saksnummer() + "-V" + (tidligereVilkarsbrudd(execution, vedtak.saksnummer()) + 1);
    execution.setProcessBusinessKey(businessKey);
    BRYTES_VEDTAK_ID.set(execution, vedtak.id());
    ERSTATTER_VEDTAK_ID.set(execution, vedtak.id());
    SAKSNUMMER.set(execution, vedtak.saksnummer());
    TJENESTE.set(execution, vedtak.tjeneste());
    no.fagsys.sosialsak.sak.Visningsnavn.settSak(execution, vedtak.tjeneste());
    VEDTAK_GJELDER.set(execution, VedtakProcess.Values.VILKARSBRUDD);
    INFORMERT_OM_REDUKSJON_I_VEDTAKET.set(execution, Boolean.TRUE.equals(vedtak.informertOmReduksjon()));
    LOG.info("Sak {}: vilkårsbrudd meldt på vedtak {} ({})", businessKey, vedtak.id(), vedtak.saksnummer());
  }


  private static long tidligereVilkarsbrudd(DelegateExecution execution, String saksnummer) {
    return execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(VilkarsbruddProcess.KEY).processInstanceBusinessKeyLike(saksnummer + "-V%").count();
  }
}
