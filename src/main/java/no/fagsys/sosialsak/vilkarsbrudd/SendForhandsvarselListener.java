package no.fagsys.sosialsak.vilkarsbrudd;

import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.BRYTES_VEDTAK_ID;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.FORESLATT_KONSEKVENS;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.FORHANDSVARSEL_BREV_ID;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.FORHANDSVARSEL_SENDT;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.FORHANDSVARSEL_TEKST;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.HENDELSE;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.SVARFRIST;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.SVARFRIST_TIDSPUNKT;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.TILLATT_KONSEKVENS;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.TJENESTE;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Variables.VILKAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Brevinnhold;
import no.fagsys.sosialsak.brev.Brevinnhold.Avsnitt;
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
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Completing {@code Task_SendForhandsvarsel} (forvaltningsloven § 16): the consequence announced must lie within
 * what the decision table allows ({@link Konsekvens}), the notice needs its text, and the response deadline
 * {@code svarfrist} is the date the caseworker set (not before today) or 14 days from today. The timer
 * {@code Event_SvarfristUtlopt} fires at the end of that day ({@code svarfristTidspunkt}). A refusal rolls the
 * completion back; the task stays open. The notice itself is produced as a letter and stored with the case in the
 * same transaction ({@code forhandsvarselBrevId}).
 */
@Component(VilkarsbruddProcess.Elements.BEAN_SEND_FORHANDSVARSEL)
public class SendForhandsvarselListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(SendForhandsvarselListener.class);

  private final Brevprodusent brev;

  public SendForhandsvarselListener(Brevprodusent brev) {
    this.brev = brev;
  }

  @Override
  public void notify(DelegateTask task) {
    Validering v = new Validering(task);
    String foreslatt = ProcessVariable.text(task, FORESLATT_KONSEKVENS);
    Konsekvens.problem(FORESLATT_KONSEKVENS.name(), foreslatt, TILLATT_KONSEKVENS.get(task)).ifPresent(v::problem);
    if (Values.INGEN.equals(foreslatt)) {
      return;
    }
    if (ProcessVariable.text(task, FORHANDSVARSEL_TEKST) == null) {
      v.problem(FORHANDSVARSEL_TEKST.name() + ": forhåndsvarselet må ha en tekst");
    }
    LocalDate today = EngineTime.today();
    Object satt = task.getVariable(SVARFRIST.name());
    LocalDate svarfrist = satt == null || satt.toString().isBlank() ? today.plusDays(Values.SVARFRIST_DAGER)
        : ProcessVariable.parseDate(satt);
    if (svarfrist == null) {
      v.problem(SVARFRIST.name() + ": er ikke en dato på formen åååå-mm-dd");
    } else if (svarfrist.isBefore(today)) {
      v.problem(SVARFRIST.name() + ": kan ikke være før dagens dato");
    }
    v.throwIfInvalid("Forhåndsvarselet kan ikke sendes");
    FORHANDSVARSEL_SENDT.set(task.getExecution(), today);
    SVARFRIST.set(task.getExecution(), svarfrist);
    SVARFRIST_TIDSPUNKT.set(task.getExecution(), EngineTime.endOf(svarfrist));
    String saksnummer = task.getExecution().getProcessBusinessKey();
    String brytes = ProcessVariable.text(task, BRYTES_VEDTAK_ID);
    Brevinnhold innhold = innhold(saksnummer, task.getTenantId(),
        ProcessVariable.text(task, TJENESTE), brytes, ProcessVariable.text(task, VILKAR),
        ProcessVariable.text(task, HENDELSE), foreslatt, ProcessVariable.text(task, FORHANDSVARSEL_TEKST), svarfrist,
        today, EngineNavn.fullforer(task), brev.navn(task.getProcessEngineServices()));
    Brev produsert = brev.produser(innhold, saksnummer, task.getProcessInstanceId(), brytes, null);
    FORHANDSVARSEL_BREV_ID.set(task.getExecution(), produsert.id());
    LOG.info("Sak {}: forhåndsvarsel sendt ({}), svarfrist {}", saksnummer, foreslatt, svarfrist);
  }

  /** The advance notice's content: what is considered, the response deadline, the right to comment. */
  public static Brevinnhold innhold(String saksnummer, String kommunenummer, String tjeneste, String vedtakId,
      String vilkar, String hendelse, String konsekvens, String tekst, LocalDate svarfrist, LocalDate dato,
      String saksbehandler, Navn navn) {
    String kontor = navn.kontor(kommunenummer);
    String tjenesten = Vedtaksbrev.tjeneste(tjeneste);
    String frist = Brevinnhold.DATO.format(svarfrist);
    List<Avsnitt> lovhjemmel = new ArrayList<>();
    lovhjemmel.add(new Avsnitt("Vi vurderer saken etter " + Values.HJEMMEL + ". Sosialtjenesteloven § 20 sier:",
        false));
    Lovtekster.tekst("sosialtjenesteloven § 20").forEach(l -> lovhjemmel.add(new Avsnitt(l, true)));
    lovhjemmel.add(new Avsnitt(Lovtekster.lovdata(Values.HJEMMEL), false));
    Seksjoner seksjoner = new Seksjoner()
        .seksjon("Saken gjelder", "Vedtaket ditt om " + tjenesten + (vedtakId == null ? "" : " (vedtak " + vedtakId
            + ")") + ", sak " + saksnummer + ".")
        .seksjon("Hva vi vurderer", "Vi vurderer å fatte et nytt vedtak om "
            + (Values.REDUKSJON.equals(konsekvens) ? "reduksjon av stønaden din" : "en endring av stønaden din")
            + " fordi et vilkår i vedtaket etter det vi kjenner til ikke er fulgt.",
            vilkar == null ? null : "Vilkåret: " + vilkar, hendelse == null ? null : "Hva som har skjedd: " + hendelse,
            tekst)
        .seksjon("Svarfrist", "Du kan uttale deg innen " + frist + ".")
        .seksjon("Din rett til å uttale deg", "Du har rett til å uttale deg før vi fatter vedtaket (forvaltningsloven "
            + "§ 16). Du kan for eksempel forklare hvorfor vilkåret ikke er fulgt, eller hva en reduksjon vil bety for "
            + "deg og familien din. Du kan svare skriftlig til " + navn.kontorMedAdresse(kommunenummer) + ", eller ta kontakt "
            + "med oss, så hjelper vi deg.",
            "Hører vi ikke fra deg innen " + frist + ", fatter vi vedtaket på grunnlag av opplysningene vi har.")
        .seksjon("Lovhjemmel", lovhjemmel)
        .seksjon("Generell informasjon", "Du har rett til å få se sakens dokumenter etter reglene i "
            + "forvaltningsloven §§ 18 til 19. Dette brevet er et varsel og ikke et vedtak; det kan ikke påklages. "
            + "Vedtaket får du skriftlig, med informasjon om klageadgang.");
    List<Underskriver> underskrivere = saksbehandler == null ? List.of()
        : List.of(new Underskriver(navn.bruker(saksbehandler), "saksbehandler"));
    return new Brevinnhold(BrevType.FORHANDSVARSEL, saksnummer, kommunenummer, kontor, dato,
        navn.mottaker(saksnummer, null, null), "Forhåndsvarsel om nytt vedtak om " + tjenesten + " etter brudd på vilkår", seksjoner.liste(), List.of(),
        List.of(), underskrivere);
  }
}
