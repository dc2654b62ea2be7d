package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.klage.KlageProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.fagsys.sosialsak.brev.Levering;
import no.fagsys.sosialsak.brev.Leveringsregister;
import no.fagsys.sosialsak.frist.Frister;
import no.fagsys.sosialsak.klage.KlageProcess.Values;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.vedtak.UgyldigVedtakException;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * At receipt ({@code Event_KlageMottatt}): refuses a complaint that cannot be registered (an unknown or not yet
 * issued {@code vedtakId}, a {@code kommunenummer} other than the decision's, missing facts; every problem named,
 * nothing is started), then takes the case number, municipality and service from the decision record, keeps the
 * complained-about decision as {@code paklagetVedtakId}, computes {@code innenforKlagefrist} and, past one year,
 * refuses special reasons (fvl. § 31 third paragraph).
 *
 * <p>The deadline is three weeks from the day the decision letter reached the party (fvl. § 29), taken from the
 * product's delivery record of that letter ({@link Leveringsregister}: the digital mailbox's delivery time, or for
 * post the dispatch date and the office's rule), never from what the complainant or a form submits. A decision whose
 * letter has no delivery record has not been shown to have reached the party, so its deadline has not started and
 * the complaint is on time. The complaint is filed the day it was posted or sent ({@code klagePostlagtDato}, fvl.
 * § 30) when that is given, otherwise the day it arrived.
 *
 * <p>Business key: the decision's case number with {@code -K} and the complaint's number on that case
 * ({@code 2026-5028-000123-K1}), so the complaint is found under its case and each complaint has its own key.
 */
@Component(KlageProcess.Elements.BEAN_REGISTRER)
public class RegistrerKlageListener implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrerKlageListener.class);

  private final VedtakRegister register;
  private final Leveringsregister leveringer;

  public RegistrerKlageListener(VedtakRegister register, Leveringsregister leveringer) {
    this.register = register;
    this.leveringer = leveringer;
  }

  @Override
  public void notify(DelegateExecution execution) {
    LocalDate today = EngineTime.today();
    Validering v = new Validering(execution);
    String vedtakId = v.read(VEDTAK_ID);
    Vedtak vedtak = null;
    if (vedtakId == null || vedtakId.isBlank()) {
      v.problem("vedtakId: mangler (vedtaket det klages over)");
    } else {
      // Another municipality's decision answers exactly as an unknown one: no existence oracle.
      String kommune = execution.getTenantId() != null ? execution.getTenantId()
          : ProcessVariable.text(execution, KOMMUNENUMMER);
      Optional<Vedtak> funnet = register.finn(vedtakId.strip()).filter(d -> d.kommunenummer().equals(kommune));
      if (funnet.isEmpty()) {
        v.problem("vedtakId: det finnes ikke noe fattet vedtak med id '" + vedtakId.strip() + "'");
      } else if (funnet.get().vedtaksdato().isAfter(today)) {
        v.problem("vedtakId: vedtaket er ikke fattet ennå");
      } else {
        vedtak = funnet.get();
      }
    }
    String kommunenummer = v.read(KOMMUNENUMMER);
    if (kommunenummer == null) {
      v.problem("kommunenummer: mangler (kommunen som fattet vedtaket)");
    } else if (vedtak != null && !kommunenummer.equals(vedtak.kommunenummer())) {
      v.problem("kommunenummer: vedtaket er fattet av kommune " + vedtak.kommunenummer() + ", ikke " + kommunenummer);
    }
    LocalDate mottatt = null;
    Object rawMottatt = execution.getVariable(KLAGE_MOTTATT_DATO.name());
    if (rawMottatt == null) {
      v.problem("klageMottattDato: mangler");
    } else {
      mottatt = ProcessVariable.parseDate(rawMottatt);
      if (mottatt == null) {
        v.problem("klageMottattDato: er ikke en dato på formen åååå-mm-dd");
      } else if (mottatt.isAfter(today)) {
        v.problem("klageMottattDato: kan ikke være etter dagens dato");
      } else if (vedtak != null && mottatt.isBefore(vedtak.vedtaksdato())) {
        v.problem("klageMottattDato: kan ikke være før vedtaket ble fattet (" + vedtak.vedtaksdato() + ")");
      }
    }
    LocalDate postlagt = null;
    Object rawPostlagt = execution.getVariable(KLAGE_POSTLAGT_DATO.name());
    if (rawPostlagt != null && !(rawPostlagt instanceof String blank && blank.isBlank())) {
      postlagt = ProcessVariable.parseDate(rawPostlagt);
      if (postlagt == null) {
        v.problem("klagePostlagtDato: er ikke en dato på formen åååå-mm-dd");
      } else if (mottatt != null && postlagt.isAfter(mottatt)) {
        v.problem("klagePostlagtDato: kan ikke være etter datoen klagen kom inn (" + mottatt + ")");
      } else if (vedtak != null && postlagt.isBefore(vedtak.vedtaksdato())) {
        v.problem("klagePostlagtDato: kan ikke være før vedtaket ble fattet (" + vedtak.vedtaksdato() + ")");
      }
    }
    String klagetekst = v.read(KLAGETEKST);
    if (klagetekst == null || klagetekst.isBlank()) {
      v.problem("klagetekst: mangler (hva klageren skrev)");
    }
    for (ProcessVariable<Boolean> fakta : List.of(GJELDER_ENKELTVEDTAK, KLAGER_HAR_KLAGERETT, SKRIFTLIG_OG_UNDERTEGNET,
        ANGIR_VEDTAK_OG_ONSKET_ENDRING)) {
      if (v.read(fakta) == null && !v.hasProblem(fakta.name())) {
        v.problem(fakta.name() + ": mangler");
      }
    }
    Boolean saerligeGrunner = v.read(SAERLIGE_GRUNNER_FOR_SEN_KLAGE);
    String grunn = ProcessVariable.text(execution, SEN_KLAGE_GRUNN);
    boolean innenfor = true;
    boolean overEttAr = false;
    Optional<Levering> levering = vedtak == null ? Optional.empty() : leveringer.vedtaksbrev(vedtak.id());
    LocalDate klagefrist = levering.map(l -> Frister.klagefrist(l.mottatt())).orElse(null);
    LocalDate framsatt = postlagt != null && mottatt != null && postlagt.isBefore(mottatt) ? postlagt : mottatt;
    if (vedtak != null && framsatt != null) {
      innenfor = klagefrist == null || !framsatt.isAfter(klagefrist);
      overEttAr = Frister.isMoreThanOneYearSinceVedtak(vedtak.vedtaksdato(), framsatt);
      if (!innenfor && !overEttAr) {
        if (saerligeGrunner == null) {
          v.problem("saerligeGrunnerForSenKlage: mangler (klagen kom etter klagefristen " + klagefrist + ")");
        } else if (saerligeGrunner && (grunn == null || !Values.SEN_KLAGE_GRUNNER.contains(grunn))) {
          v.problem("senKlageGrunn: må være en av " + String.join(", ", Values.SEN_KLAGE_GRUNNER)
              + " når en sen klage skal prøves (forvaltningsloven § 31)");
        }
      }
    }
    v.throwIfInvalid("Klagen kan ikke registreres", UgyldigVedtakException::new);

    String saksnummer = vedtak.saksnummer();
    long tidligere = tidligereKlager(execution, saksnummer);
    String businessKey = saksnummer + "-K" + (tidligere + 1);
    execution.setProcessBusinessKey(businessKey);
    SAKSNUMMER.set(execution, saksnummer);
    TJENESTE.set(execution, vedtak.tjeneste());
    no.fagsys.sosialsak.sak.Visningsnavn.settSak(execution, vedtak.tjeneste());
    PAKLAGET_VEDTAK_ID.set(execution, vedtak.id());
    PAKLAGET_VEDTAKSDATO.set(execution, vedtak.vedtaksdato());
    if (levering.isPresent()) {
      VEDTAK_MOTTATT_DATO.set(execution, levering.get().mottatt());
      VEDTAK_LEVERINGSKANAL.set(execution, levering.get().kanal().name());
      PAKLAGET_KLAGEFRIST.set(execution, klagefrist);
    } else {
      VEDTAK_MOTTATT_DATO.remove(execution);
      VEDTAK_LEVERINGSKANAL.remove(execution);
      PAKLAGET_KLAGEFRIST.remove(execution);
    }
    KLAGE_MOTTATT_DATO.set(execution, mottatt);
    if (postlagt != null) {
      KLAGE_POSTLAGT_DATO.set(execution, postlagt);
    } else {
      KLAGE_POSTLAGT_DATO.remove(execution);
    }
    KLAGE_FRAMSATT_DATO.set(execution, framsatt);
    INNENFOR_KLAGEFRIST.set(execution, innenfor);
    MER_ENN_ETT_AR_SIDEN_VEDTAKET.set(execution, overEttAr);
    if (innenfor) {
      SAERLIGE_GRUNNER_FOR_SEN_KLAGE.set(execution, saerligeGrunner != null && saerligeGrunner);
      SEN_KLAGE_GRUNN.remove(execution);
    } else if (overEttAr) {
      // fvl. § 31 third paragraph: never considered when more than one year has passed since the decision.
      SAERLIGE_GRUNNER_FOR_SEN_KLAGE.set(execution, false);
      SEN_KLAGE_GRUNN.remove(execution);
    } else if (!saerligeGrunner) {
      SEN_KLAGE_GRUNN.remove(execution);
    }
    OVERSENDT_STATSFORVALTEREN.set(execution, false);
    SAKSSTATUS.set(execution, "KLAGE_MOTTATT");
    VEDLEGG.set(execution, "Påklaget vedtak av " + vedtak.vedtaksdato() + " (" + vedtak.id() + ")\n"
        + "Klagen, mottatt " + mottatt + "\n");
    LOG.info("Klage mottatt: sak {} gjelder vedtak {} (vedtaket mottatt {}, klagefrist {}, framsatt {}, innenfor "
        + "klagefristen: {}, mer enn ett år: {})", businessKey, vedtak.id(),
        levering.map(Levering::mottatt).orElse(null), klagefrist, framsatt, innenfor, overEttAr);
  }

  /** Complaints already registered on the case, whatever the caller may read (the number must be unique). */
  private static long tidligereKlager(DelegateExecution execution, String saksnummer) {
    Callable<Long> count = () -> execution.getProcessEngineServices().getHistoryService()
        .createHistoricProcessInstanceQuery().processDefinitionKey(KlageProcess.KEY)
        .processInstanceBusinessKeyLike(saksnummer + "-K%").count();
    try {
      CommandContext commandContext = Context.getCommandContext();
      return commandContext == null ? count.call() : commandContext.runWithoutAuthorization(count);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
