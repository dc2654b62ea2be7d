package no.fagsys.sosialsak.soknad;

import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANSVARLIG_KOMMUNE_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.ANSVARLIG_KOMMUNE_HJEMMEL;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SOKER_REFERANSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.SOKNADSDATO;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.TJENESTE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VIDERESENDING_BEGRUNNELSE;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VIDERESENDING_BREV_ID;
import static no.fagsys.sosialsak.soknad.SoknadProcess.Variables.VIDERESENDT_TIL_KOMMUNE;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
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
 * Completing {@code Task_VideresendSoknad} (sosialtjenesteloven § 3, forvaltningsloven § 7): the application goes to
 * the responsible municipality's office, and the applicant is told so in a letter that names the receiving office,
 * says why (the table's reasoning and the caseworker's) and what happens next; the receiving office gets a copy with
 * the application attached. Refuses a forwarding without a four-digit municipality number, to this municipality
 * itself, or without a reason. The letter is stored with the case in the same transaction
 * ({@code videresendingBrevId}); a refusal rolls the completion back and the task stays open.
 */
@Component(SendVideresendingListener.BEAN)
public class SendVideresendingListener implements TaskListener {

  public static final String BEAN = "sendVideresending";

  private static final Logger LOG = LoggerFactory.getLogger(SendVideresendingListener.class);
  private static final Pattern KOMMUNENUMMER_FORM = Pattern.compile("\\d{4}");

  private final Brevprodusent brev;

  public SendVideresendingListener(Brevprodusent brev) {
    this.brev = brev;
  }

  @Override
  public void notify(DelegateTask task) {
    String egen = task.getTenantId();
    String mottaker = ProcessVariable.text(task, VIDERESENDT_TIL_KOMMUNE);
    String begrunnelse = ProcessVariable.text(task, VIDERESENDING_BEGRUNNELSE);
    Validering v = new Validering(task);
    if (mottaker == null || !KOMMUNENUMMER_FORM.matcher(mottaker).matches()) {
      v.problem(VIDERESENDT_TIL_KOMMUNE.name() + ": oppgi kommunenummeret (fire sifre) til kommunen som har ansvaret");
    } else if (mottaker.equals(egen)) {
      v.problem(VIDERESENDT_TIL_KOMMUNE.name() + ": søknaden kan ikke videresendes til kommunen selv; er kommunen "
          + "ansvarlig, rett kartleggingen");
    }
    if (begrunnelse == null) {
      v.problem(VIDERESENDING_BEGRUNNELSE.name() + ": skriv hvorfor søknaden videresendes");
    }
    v.throwIfInvalid("Søknaden kan ikke videresendes");
    String saksnummer = task.getExecution().getProcessBusinessKey();
    Brevinnhold innhold = innhold(saksnummer, egen, mottaker, ProcessVariable.text(task, TJENESTE),
        ProcessVariable.parseDate(task.getVariable(SOKNADSDATO.name())), ProcessVariable.text(task, SOKER_REFERANSE),
        ProcessVariable.text(task, ANSVARLIG_KOMMUNE_BEGRUNNELSE), ProcessVariable.text(task, ANSVARLIG_KOMMUNE_HJEMMEL),
        begrunnelse, EngineTime.today(), EngineNavn.fullforer(task), brev.navn(task.getProcessEngineServices()));
    Brev produsert = brev.produser(innhold, saksnummer, task.getProcessInstanceId(), null, null);
    VIDERESENDING_BREV_ID.set(task.getExecution(), produsert.id());
    LOG.info("Sak {}: søknaden videresendt til kommune {}", saksnummer, mottaker);
  }

  /** The forwarding letter's content: to the applicant, with a copy and the application to the receiving office. */
  public static Brevinnhold innhold(String saksnummer, String kommunenummer, String tilKommune, String tjeneste,
      LocalDate soknadsdato, String sokerReferanse, String tabellBegrunnelse, String hjemmel, String begrunnelse,
      LocalDate dato, String saksbehandler, Navn navn) {
    String kontor = navn.kontor(kommunenummer);
    String mottakendeKontor = navn.kontor(tilKommune);
    String tjenesten = Vedtaksbrev.tjeneste(tjeneste);
    String mottatt = soknadsdato == null ? "" : ", mottatt " + Brevinnhold.DATO.format(soknadsdato);
    Seksjoner seksjoner = new Seksjoner()
        .seksjon("Saken gjelder", (sokerReferanse == null ? "Søknaden" : "Søknaden fra søker med referanse "
            + sokerReferanse) + " om " + tjenesten + mottatt + ", sak " + saksnummer + ".")
        .seksjon("Søknaden er sendt videre", "Vi har sendt søknaden din videre til " + mottakendeKontor
            + " (kommunenummer " + tilKommune + "), som etter sosialtjenesteloven § 3 har ansvaret for å behandle den. "
            + "Søknaden er ikke avslått, og du trenger ikke søke på nytt.")
        .seksjon("Hvorfor", join(tabellBegrunnelse, begrunnelse))
        .seksjon("Lovhjemmel", (hjemmel == null ? "sosialtjenesteloven § 3" : hjemmel) + ". Forvaltningsloven § 7 "
            + "sier at et forvaltningsorgan som får en sak det ikke selv har ansvaret for, skal sende den videre til "
            + "rett organ, og gi melding til avsenderen.",
            Lovtekster.lovdata((hjemmel == null ? "sosialtjenesteloven" : hjemmel) + ", forvaltningsloven"))
        .seksjon("Hva skjer nå", mottakendeKontor + " behandler søknaden og gir deg svar. Spørsmål om søknaden kan "
            + "du rette til " + navn.kontorMedAdresse(tilKommune) + ". Har du behov for hjelp i dag, kan du kontakte Nav-kontoret i "
            + "kommunen der du oppholder deg.")
        .seksjon("Generell informasjon", "Du har rett til å få se sakens dokumenter etter reglene i "
            + "forvaltningsloven §§ 18 til 19. Dette brevet er ikke et vedtak. Mener du at søknaden skulle vært "
            + "behandlet av " + kontor + ", kan du si fra til oss.");
    List<String> til = navn.mottaker(saksnummer, sokerReferanse, null);
    List<Underskriver> underskrivere = saksbehandler == null ? List.of()
        : List.of(new Underskriver(navn.bruker(saksbehandler), "saksbehandler"));
    return new Brevinnhold(BrevType.VIDERESENDING, saksnummer, kommunenummer, kontor, dato, til,
        "Søknaden din om " + tjenesten + " er sendt til " + mottakendeKontor, seksjoner.liste(),
        List.of("Søknaden" + mottatt), List.of(mottakendeKontor + " (med søknaden)"), underskrivere);
  }

  private static String join(String a, String b) {
    if (a == null) {
      return b;
    }
    return a.endsWith(".") ? a + " " + b : a + ". " + b;
  }
}
