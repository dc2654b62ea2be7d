package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORELOPIG_SVAR_ARSAK;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORELOPIG_SVAR_BREV_ID;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.FORVENTET_SVARDATO;

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
import no.fagsys.sosialsak.vedtak.Vedtaksbrev;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_SendForelopigSvar} (forvaltningsloven § 11 a): the interim reply needs why the case takes
 * time and when an answer can be expected (not before today); then the letter is produced and stored with the case
 * in the same transaction ({@code forelopigSvarBrevId}). A refusal rolls the completion back; the task stays open.
 */
@Component(SendForelopigSvarListener.BEAN)
public class SendForelopigSvarListener implements TaskListener {

  public static final String BEAN = "sendForelopigSvar";

  private static final Logger LOG = LoggerFactory.getLogger(SendForelopigSvarListener.class);

  private final Brevprodusent brev;

  public SendForelopigSvarListener(Brevprodusent brev) {
    this.brev = brev;
  }

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    String arsak = ProcessVariable.text(task, FORELOPIG_SVAR_ARSAK);
    if (arsak == null) {
      v.problem(FORELOPIG_SVAR_ARSAK.name() + ": skriv hvorfor saken tar tid");
    }
    LocalDate today = EngineTime.today();
    LocalDate svardato = null;
    Object satt = task.getVariable(FORVENTET_SVARDATO.name());
    if (satt == null || satt.toString().isBlank()) {
      v.problem(FORVENTET_SVARDATO.name() + ": oppgi når søkeren kan vente svar");
    } else {
      svardato = ProcessVariable.parseDate(satt);
      if (svardato == null) {
        v.problem(FORVENTET_SVARDATO.name() + ": er ikke en dato på formen åååå-mm-dd");
      } else if (svardato.isBefore(today)) {
        v.problem(FORVENTET_SVARDATO.name() + ": kan ikke være før dagens dato");
      }
    }
    v.throwIfInvalid("Foreløpig svar kan ikke sendes");
    String saksnummer = task.getExecution().getProcessBusinessKey();
    Brevinnhold innhold = innhold(saksnummer, task.getTenantId(),
        ProcessVariable.text(task, SoknadProcess.Variables.TJENESTE),
        ProcessVariable.parseDate(task.getVariable(SoknadProcess.Variables.SOKNADSDATO.name())),
        ProcessVariable.text(task, SoknadProcess.Variables.SOKER_REFERANSE), arsak, svardato, today,
        EngineNavn.fullforer(task), brev.navn(task.getProcessEngineServices()));
    Brev produsert = brev.produser(innhold, saksnummer, task.getProcessInstanceId(), null, null);
    FORELOPIG_SVAR_BREV_ID.set(task.getExecution(), produsert.id());
    LOG.info("Sak {}: foreløpig svar sendt, svar ventes {}", saksnummer, svardato);
  }

  /** The interim reply's content. */
  public static Brevinnhold innhold(String saksnummer, String kommunenummer, String tjeneste, LocalDate soknadsdato,
      String sokerReferanse, String arsak, LocalDate svardato, LocalDate dato, String saksbehandler, Navn navn) {
    String kontor = navn.kontor(kommunenummer);
    String tjenesten = Vedtaksbrev.tjeneste(tjeneste);
    Seksjoner seksjoner = new Seksjoner()
        .seksjon("Saken gjelder", (sokerReferanse == null ? "Søknaden" : "Søknaden fra søker med referanse "
            + sokerReferanse) + " om " + tjenesten + (soknadsdato == null ? "" : ", mottatt "
            + Brevinnhold.DATO.format(soknadsdato)) + ", sak " + saksnummer + ".")
        .seksjon("Foreløpig svar", "Vi har mottatt søknaden din, men har ikke kunnet avgjøre den innen en måned. "
            + "Derfor får du dette foreløpige svaret.")
        .seksjon("Hvorfor saken tar tid", arsak)
        .seksjon("Når kan du vente svar", "Vi regner med å kunne gi deg svar innen "
            + Brevinnhold.DATO.format(svardato) + ". Blir det ytterligere forsinkelser, gir vi deg beskjed.")
        .seksjon("Lovhjemmel", "Du får dette brevet fordi forvaltningsloven § 11 a krever at vi gir et foreløpig "
            + "svar når en søknad om et enkeltvedtak ikke kan besvares innen en måned etter at den er mottatt. "
            + "Svaret skal si hvorfor saken ikke kan behandles tidligere, og når svar kan ventes.",
            Lovtekster.lovdata("forvaltningsloven"))
        .seksjon("Generell informasjon", "Du har rett til å få se sakens dokumenter etter reglene i "
            + "forvaltningsloven §§ 18 til 19. Har du nye opplysninger eller spørsmål, kan du kontakte "
            + navn.kontorMedAdresse(kommunenummer)
            + ". Dette brevet er ikke et vedtak og kan ikke påklages; vedtaket i saken får du skriftlig, med "
            + "informasjon om klageadgang.");
    List<String> mottaker = navn.mottaker(saksnummer, sokerReferanse, null);
    List<Underskriver> underskrivere = saksbehandler == null ? List.of()
        : List.of(new Underskriver(navn.bruker(saksbehandler), "saksbehandler"));
    return new Brevinnhold(BrevType.FORELOPIG_SVAR, saksnummer, kommunenummer, kontor, dato, mottaker,
        "Foreløpig svar på søknad om " + tjenesten, seksjoner.liste(), List.of(), List.of(), underskrivere);
  }
}
