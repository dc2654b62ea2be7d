package no.fagsys.sosialsak.klage;

import static no.fagsys.sosialsak.klage.KlageProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Brevinnhold;
import no.fagsys.sosialsak.brev.Brevinnhold.Seksjoner;
import no.fagsys.sosialsak.brev.Brevinnhold.Underskriver;
import no.fagsys.sosialsak.brev.Brevprodusent;
import no.fagsys.sosialsak.brev.EngineNavn;
import no.fagsys.sosialsak.brev.Lovtekster;
import no.fagsys.sosialsak.brev.Navn;
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
 * {@code Task_VeiledOmRetting} (complete): the complainant is told in a letter what is missing from the complaint and
 * by when to correct it (the duty to guide, forvaltningsloven § 32 with § 11). Refuses a completion without the
 * letter text or with a deadline that is not a date after today. What is missing is named from the complaint's
 * assessed facts (not signed; not saying which decision and what change) and the caseworker's text; the letter is
 * stored with the case in the same transaction ({@code rettingsbrevId}).
 */
@Component(KlageProcess.Elements.BEAN_RETTINGSBREV)
public class SendRettingsbrevListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(SendRettingsbrevListener.class);

  private final Brevprodusent brev;

  public SendRettingsbrevListener(Brevprodusent brev) {
    this.brev = brev;
  }

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    String tekst = ProcessVariable.text(task, RETTING_BREVTEKST);
    if (tekst == null) {
      v.problem("rettingBrevtekst: skriv hva klageren må rette.");
    }
    LocalDate today = EngineTime.today();
    Object raw = task.getVariable(RETTEFRIST.name());
    LocalDate frist = raw == null ? null : ProcessVariable.parseDate(raw);
    if (frist == null) {
      v.problem("rettefrist: må være en dato på formen åååå-mm-dd.");
    } else if (!frist.isAfter(today)) {
      v.problem("rettefrist: må være etter dagens dato.");
    }
    v.throwIfInvalid("Brevet om retting kan ikke sendes", UgyldigVedtakException::new);
    String saksnummer = task.getExecution().getProcessBusinessKey();
    Brevinnhold innhold = innhold(saksnummer, task.getTenantId(),
        ProcessVariable.text(task, TJENESTE), PAKLAGET_VEDTAKSDATO.get(task), KLAGE_MOTTATT_DATO.get(task),
        SKRIFTLIG_OG_UNDERTEGNET.get(task), ANGIR_VEDTAK_OG_ONSKET_ENDRING.get(task), tekst, frist, today,
        EngineNavn.fullforer(task), brev.navn(task.getProcessEngineServices()));
    Brev produsert = brev.produser(innhold, saksnummer, task.getProcessInstanceId(),
        ProcessVariable.text(task, PAKLAGET_VEDTAK_ID), null);
    RETTINGSBREV_ID.set(task.getExecution(), produsert.id());
    LOG.info("Sak {}: klageren er bedt om å rette klagen innen {}", saksnummer, frist);
  }

  /** The letter asking the complainant to correct the complaint. */
  public static Brevinnhold innhold(String saksnummer, String kommunenummer, String tjeneste, LocalDate vedtaksdato,
      LocalDate mottatt, Boolean skriftligOgUndertegnet, Boolean angirVedtakOgOnsketEndring, String tekst,
      LocalDate frist, LocalDate dato, String saksbehandler, Navn navn) {
    String kontor = navn.kontor(kommunenummer);
    String tjenesten = Vedtaksbrev.tjeneste(tjeneste);
    String fristTekst = Brevinnhold.DATO.format(frist);
    Seksjoner seksjoner = new Seksjoner()
        .seksjon("Saken gjelder", "Vi har mottatt klagen din" + (mottatt == null ? "" : " av "
            + Brevinnhold.DATO.format(mottatt)) + " på vedtaket" + (vedtaksdato == null ? "" : " av "
            + Brevinnhold.DATO.format(vedtaksdato)) + " om " + tjenesten + ". Før vi kan behandle klagen, må den "
            + "rettes eller fylles ut.")
        .seksjon("Hva som mangler",
            Boolean.FALSE.equals(skriftligOgUndertegnet) ? "Klagen må være skriftlig og undertegnet av deg." : null,
            Boolean.FALSE.equals(angirVedtakOgOnsketEndring)
                ? "Klagen må si hvilket vedtak du klager på, og hvilken endring du ønsker." : null,
            tekst)
        .seksjon("Frist", "Send den rettede klagen til " + navn.kontorMedAdresse(kommunenummer) + ", innen "
            + fristTekst + ". Hører vi ikke fra deg innen "
            + fristTekst + ", kan klagen bli avvist.")
        .seksjon("Lovhjemmel", "En klage skal være undertegnet og si hvilket vedtak det klages over og hvilken "
            + "endring som ønskes (forvaltningsloven § 32). Mangler noe, skal du få en frist til å rette det, og vi "
            + "skal veilede deg (forvaltningsloven §§ 11 og 32).", Lovtekster.lovdata("forvaltningsloven"))
        .seksjon("Hjelp", "Ta kontakt med " + kontor + " hvis du trenger hjelp til å rette klagen.");
    List<Underskriver> underskrivere = saksbehandler == null ? List.of()
        : List.of(new Underskriver(navn.bruker(saksbehandler), "saksbehandler"));
    return new Brevinnhold(BrevType.KLAGE_RETTING, saksnummer, kommunenummer, kontor, dato,
        navn.mottaker(saksnummer, null, "Til klageren"),
        "Klagen din må rettes – " + tjenesten, seksjoner.liste(), List.of(), List.of(), underskrivere);
  }
}
