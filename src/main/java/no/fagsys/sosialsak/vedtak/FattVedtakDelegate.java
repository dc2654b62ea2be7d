package no.fagsys.sosialsak.vedtak;

import static no.fagsys.sosialsak.platform.process.ProcessVariable.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.sak.Saksfakta;
import no.fagsys.sosialsak.vedtak.VedtakProcess.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_FattVedtak}: issues the approved decision. Checks it once more (the draft's rules and its fingerprint,
 * a drafter and a different approver from the task history, a known decision to replace); the case number and the
 * municipality are the business key and the tenant ({@link Saksfakta}), never variables; stores it in the
 * {@link VedtakRegister} in the approval's transaction and sets {@code vedtakId}, {@code vedtakUtfall},
 * {@code vedtaksdato} and {@code klagefrist}. The decision letter is the next step, {@link LagVedtaksbrevDelegate}, in
 * a transaction of its own: the approver's click does not wait for the PDF, and a failing rendering does not undo the
 * approval. The calling process gets the decision only when the letter exists (the call ends after it).
 *
 * <p>The decision date is the engine clock's day in Norway ({@link ClockUtil}, so tests can move it). The complaint
 * deadline is counted from that day: the decision is taken to reach the party the day it is issued (it is sent
 * electronically the same day). A letter that reaches the party later gives them a later deadline (fvl. § 29), which
 * the complaint process weighs with the date it was received; the date stored here is the earliest one.
 */
@Component(VedtakProcess.Elements.BEAN_FATT)
public class FattVedtakDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(FattVedtakDelegate.class);

  private final VedtakRegister register;

  public FattVedtakDelegate(VedtakRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VedtakUtkast utkast = VedtakUtkast.fra(execution);
    Validering v = new Validering(execution);
    utkast.problemer().forEach(v::problem);
    // Facts of record from the engine: the case is the business key, the municipality the tenant, the drafter the
    // user who completed the draft (task history).
    String saksnummer = Saksfakta.saksnummer(execution);
    String kommunenummer = Saksfakta.kommunenummer(execution);
    String gjelder = text(execution, Variables.VEDTAK_GJELDER);
    String utformetAv = Saksfakta.fullfortAv(execution.getProcessEngineServices(), execution.getProcessInstanceId(),
        VedtakProcess.Elements.UTFORM_VEDTAK);
    // The approval completes in this same transaction (its history is not written yet): the approver is the user the
    // approval's listener recorded at completion, after anything submitted with it.
    String godkjentAv = text(execution, Variables.GODKJENT_AV);
    String erstatter = text(execution, Variables.ERSTATTER_VEDTAK_ID);
    if (saksnummer == null) {
      v.problem("Saken har ikke noe saksnummer (forretningsnøkkel).");
    }
    if (kommunenummer == null) {
      v.problem("Saken tilhører ingen kommune (tenant).");
    }
    if (utkast.tjeneste() == null) {
      v.problem("Tjeneste (tjeneste) mangler.");
    }
    if (utformetAv == null) {
      v.problem("Det er ikke registrert hvem som utformet vedtaket.");
    }
    if (godkjentAv == null || !Boolean.TRUE.equals(Variables.GODKJENT.get(execution))) {
      v.problem("Vedtaket er ikke godkjent av leder.");
    } else if (Objects.equals(godkjentAv, utformetAv)) {
      v.problem(GodkjennVedtakListener.EGEN_GODKJENNING);
    }
    if (!utkast.sjekksum().equals(Variables.UTKAST_SJEKKSUM.get(execution))) {
      v.problem(GodkjennVedtakListener.UTKAST_ENDRET);
    }
    if (erstatter != null && register.finn(erstatter).isEmpty()) {
      v.problem("Vedtaket som skal erstattes (erstatterVedtakId " + erstatter + ") finnes ikke.");
    }
    v.throwIfInvalid("Vedtaket kan ikke fattes", UgyldigVedtakException::new);

    Instant na = ClockUtil.getCurrentTime().toInstant();
    LocalDate vedtaksdato = LocalDate.ofInstant(na, EngineTime.NORGE);
    LocalDate klagefrist = Frister.klagefrist(vedtaksdato);
    Vedtak vedtak = new Vedtak(UUID.randomUUID().toString(), saksnummer, kommunenummer,
        execution.getProcessInstanceId(), utkast.tjeneste(), gjelder == null ? VedtakProcess.Values.SOKNAD : gjelder,
        utkast.utfall(), utkast.hjemmel(), utkast.begrunnelseMedMedvirkning(), utkast.relevanteOpplysninger(),
        utkast.begrensning(),
        utkast.vurderingBarnetsBeste(), vedtaksdato, klagefrist, utkast.stonadsform(), utkast.lanevilkar(),
        utkast.vilkar(), utkast.informertOmReduksjon(), utformetAv, godkjentAv, erstatter, na,
        utkast.stonadBelopPerManed(), utkast.stonadsperiodeFra(), utkast.stonadsperiodeTil());
    register.lagre(vedtak);

    Variables.VEDTAK_ID.set(execution, vedtak.id());
    Variables.VEDTAK_UTFALL.set(execution, vedtak.utfall());
    Variables.VEDTAKSDATO.set(execution, vedtaksdato);
    Variables.KLAGEFRIST.set(execution, klagefrist);
    LOG.info("Sak {}: vedtak {} fattet, utfall {}, klagefrist {}{}", saksnummer, vedtak.id(), vedtak.utfall(),
        klagefrist, erstatter == null ? "" : ", erstatter vedtak " + erstatter);
  }
}
