package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.klage.KlageProcess.Variables.DELVIS_ENDRET_VEDTAK_ID;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.KLAGETEKST;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.KLAGE_MOTTATT_DATO;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.KOMMUNENS_BEGRUNNELSE;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.KOPI_SENDT_KLAGER;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.OVERSENDELSESBREV;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.OVERSENDELSESBREV_ID;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.OVERSENDT_DATO;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.OVERSENDT_STATSFORVALTEREN;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.PAKLAGET_VEDTAKSDATO;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.PAKLAGET_VEDTAK_ID;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.SAKSSTATUS;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.STATSFORVALTEREN_FRIST;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.TJENESTE;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.UNDERSOKELSER;
import static no.fagsys.sosialsak.klage.KlageProcess.Variables.VEDLEGG;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Brevinnhold;
import no.fagsys.sosialsak.brev.Brevinnhold.Seksjoner;
import no.fagsys.sosialsak.brev.Brevinnhold.Underskriver;
import no.fagsys.sosialsak.brev.Brevprodusent;
import no.fagsys.sosialsak.brev.EngineNavn;
import no.fagsys.sosialsak.brev.Navn;
import no.fagsys.sosialsak.brev.Statsforvalteren;
import no.fagsys.sosialsak.platform.process.EngineTime;
import no.fagsys.sosialsak.platform.process.ProcessVariable;
import no.fagsys.sosialsak.platform.process.Validering;
import no.fagsys.sosialsak.vedtak.UgyldigVedtakException;
import no.fagsys.sosialsak.vedtak.Vedtaksbrev;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ForberedOversendelse} (complete): the municipality upholds its decision and forwards the case to
 * Statsforvalteren (seed 000, «Oversendelse av saken»). Refuses a forwarding without the letter, without the copy to
 * the complainant, or without named attachments (one per line). Marks the case as forwarded (so a request for
 * deferred implementation goes to Statsforvalteren) and sets Statsforvalteren's due date, three months on. Produces
 * the forwarding letter from the caseworker's text, the assessment and the named attachments, stored with the case in
 * the same transaction ({@code oversendelsesbrevId}). After a partial change ({@code delvisEndretVedtakId}, set by the
 * model when the municipality's new decision did not give full redress) the letter says so, names the new decision and
 * forwards the part of the complaint that was not granted (fvl. § 33).
 */
@Component(KlageProcess.Elements.BEAN_OVERSEND)
public class OversendKlageListener implements TaskListener {

  /** The due date this product gives Statsforvalteren's handling of a forwarded complaint. */
  public static final Period STATSFORVALTERENS_BEHANDLINGSTID = Period.ofMonths(3);

  private static final Logger LOG = LoggerFactory.getLogger(OversendKlageListener.class);

  private final Brevprodusent brev;

  public OversendKlageListener(Brevprodusent brev) {
    this.brev = brev;
  }

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    if (ProcessVariable.text(task, OVERSENDELSESBREV) == null) {
      v.problem("oversendelsesbrev: oversendelsesbrevet må fylles ut.");
    }
    if (!Boolean.TRUE.equals(KOPI_SENDT_KLAGER.get(task))) {
      v.problem("kopiSendtKlager: klageren skal ha kopi av oversendelsesbrevet.");
    }
    String vedlegg = ProcessVariable.text(task, VEDLEGG);
    if (vedlegg == null || vedlegg.lines().noneMatch(l -> !l.isBlank())) {
      v.problem("vedlegg: list opp de relevante saksdokumentene med navn, ett per linje.");
    }
    v.throwIfInvalid("Saken kan ikke oversendes", UgyldigVedtakException::new);
    LocalDate today = EngineTime.today();
    task.getExecution().setVariable(OVERSENDT_STATSFORVALTEREN.name(), true);
    task.getExecution().setVariable(OVERSENDT_DATO.name(), today.toString());
    task.getExecution().setVariable(STATSFORVALTEREN_FRIST.name(),
        EngineTime.endOf(today.plus(STATSFORVALTERENS_BEHANDLINGSTID)));
    task.getExecution().setVariable(SAKSSTATUS.name(), "OVERSENDT_STATSFORVALTEREN");
    String saksnummer = task.getExecution().getProcessBusinessKey();
    String paklaget = ProcessVariable.text(task, PAKLAGET_VEDTAK_ID);
    List<String> navngitt = vedlegg.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    Brevinnhold innhold = innhold(saksnummer, task.getTenantId(),
        ProcessVariable.text(task, TJENESTE), paklaget, PAKLAGET_VEDTAKSDATO.get(task), KLAGE_MOTTATT_DATO.get(task),
        ProcessVariable.text(task, KLAGETEKST), ProcessVariable.text(task, UNDERSOKELSER),
        ProcessVariable.text(task, KOMMUNENS_BEGRUNNELSE), ProcessVariable.text(task, OVERSENDELSESBREV), navngitt,
        today, EngineNavn.fullforer(task), brev.navn(task.getProcessEngineServices()),
        ProcessVariable.text(task, DELVIS_ENDRET_VEDTAK_ID));
    Brev produsert = brev.produser(innhold, saksnummer, task.getProcessInstanceId(), paklaget, null);
    OVERSENDELSESBREV_ID.set(task.getExecution(), produsert.id());
    LOG.info("Sak {}: klagen er oversendt Statsforvalteren med {} vedlegg{}", saksnummer, navngitt.size(),
        ProcessVariable.text(task, DELVIS_ENDRET_VEDTAK_ID) == null ? "" : " (resten etter delvis endring)");
  }

  /** The forwarding letter: the complaint, the municipality's assessment, named attachments, copy to the complainant. */
  public static Brevinnhold innhold(String saksnummer, String kommunenummer, String tjeneste, String vedtakId,
      LocalDate vedtaksdato, LocalDate mottatt, String klagetekst, String undersokelser, String vurdering,
      String brevtekst, List<String> vedlegg, LocalDate dato, String saksbehandler, Navn navn) {
    return innhold(saksnummer, kommunenummer, tjeneste, vedtakId, vedtaksdato, mottatt, klagetekst, undersokelser,
        vurdering, brevtekst, vedlegg, dato, saksbehandler, navn, null);
  }

  /**
   * The forwarding letter; with {@code delvisEndretVedtakId} the municipality changed the decision in part by that new
   * decision, and what is forwarded is the part of the complaint not granted.
   */
  public static Brevinnhold innhold(String saksnummer, String kommunenummer, String tjeneste, String vedtakId,
      LocalDate vedtaksdato, LocalDate mottatt, String klagetekst, String undersokelser, String vurdering,
      String brevtekst, List<String> vedlegg, LocalDate dato, String saksbehandler, Navn navn,
      String delvisEndretVedtakId) {
    String kontor = navn.kontor(kommunenummer);
    String tjenesten = Vedtaksbrev.tjeneste(tjeneste);
    Seksjoner seksjoner = new Seksjoner()
        .seksjon("Saken gjelder", "Klage på vedtak om " + tjenesten + (vedtakId == null ? "" : " (vedtak " + vedtakId
            + (vedtaksdato == null ? "" : " av " + Brevinnhold.DATO.format(vedtaksdato)) + ")") + ", sak "
            + saksnummer + "." + (mottatt == null ? "" : " Klagen ble mottatt " + Brevinnhold.DATO.format(mottatt)
            + "."))
        .seksjon("Klagen", klagetekst)
        .seksjon("Undersøkelser etter klagen", undersokelser)
        .seksjon("Kommunens vurdering", delvisEndretVedtakId == null
            ? kontor + " har behandlet klagen og finner ikke grunnlag for å endre "
                + "vedtaket. Vedtaket opprettholdes, og saken sendes Statsforvalteren til endelig avgjørelse "
                + "(forvaltningsloven § 33)."
            : kontor + " har behandlet klagen og gitt klageren delvis medhold i et nytt vedtak ("
                + delvisEndretVedtakId + "). Den delen av klagen som ikke er tatt til følge, sendes Statsforvalteren "
                + "til endelig avgjørelse (forvaltningsloven § 33).", vurdering)
        .seksjon("Merknader til oversendelsen", brevtekst)
        .seksjon("Til klageren", "Klageren får kopi av dette brevet. Statsforvalteren kan avvise klagen, stadfeste "
            + "eller endre vedtaket, eller oppheve det og sende saken tilbake til kommunen for ny behandling. "
            + "Statsforvalterens vedtak sendes klageren.");
    List<Underskriver> underskrivere = saksbehandler == null ? List.of()
        : List.of(new Underskriver(navn.bruker(saksbehandler), "saksbehandler"));
    return new Brevinnhold(BrevType.KLAGE_OVERSENDELSE, saksnummer, kommunenummer, kontor, dato,
        List.of(Statsforvalteren.navn(kommunenummer)), "Oversendelse av klage – " + tjenesten, seksjoner.liste(), vedlegg,
        List.of(navn.part(saksnummer, null).map(p -> "klageren, " + p.paEnLinje()).orElse("klageren")),
        underskrivere);
  }
}
