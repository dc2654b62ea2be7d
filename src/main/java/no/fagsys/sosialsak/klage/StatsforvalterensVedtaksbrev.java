package no.fagsys.sosialsak.klage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Brevinnhold;
import no.fagsys.sosialsak.brev.Brevinnhold.Avsnitt;
import no.fagsys.sosialsak.brev.Brevinnhold.Seksjoner;
import no.fagsys.sosialsak.brev.Brevinnhold.Underskriver;
import no.fagsys.sosialsak.brev.Lovtekster;
import no.fagsys.sosialsak.brev.Navn;
import no.fagsys.sosialsak.brev.Statsforvalteren;
import no.fagsys.sosialsak.klage.KlageProcess.Values;
import no.fagsys.sosialsak.vedtak.Vedtak;
import no.fagsys.sosialsak.vedtak.Vedtaksbrev;

/**
 * Statsforvalteren's decision in a complaint case as a letter to the complainant, with a copy to the municipality
 * (seed 000, «Tre mulige utfall av klagebehandlingen hos Statsforvalteren»): the complaint is dismissed, the decision
 * upheld, changed, or quashed and returned to the municipality for a new decision. Whatever the outcome the letter
 * says it is final and cannot be complained about further (forvaltningsloven § 28 third paragraph), and offers no
 * complaint.
 */
public final class StatsforvalterensVedtaksbrev {

  private StatsforvalterensVedtaksbrev() {}

  /**
   * @param saksnummer the complaint's business key
   * @param paklaget the municipality's decision complained about (from the register)
   * @param delvisEndret the municipality's partial change of it, when it changed the decision in part and forwarded
   *     the rest; {@code null} otherwise
   * @param utfall {@code AVVISE}, {@code STADFESTE}, {@code ENDRE} or {@code OPPHEVE}
   * @param nyttUtfall for {@code ENDRE}: the outcome of Statsforvalteren's new decision
   * @param saksbehandler who decided at Statsforvalteren (the user who completed the task), or {@code null}
   */
  public static Brevinnhold innhold(String saksnummer, Vedtak paklaget, String utfall, String nyttUtfall,
      String begrunnelse, String hjemmel, LocalDate dato, String saksbehandler, Navn navn) {
    return innhold(saksnummer, paklaget, null, utfall, nyttUtfall, begrunnelse, hjemmel, dato, saksbehandler, navn);
  }

  /** The letter, also after the municipality changed the decision in part and forwarded the rest. */
  public static Brevinnhold innhold(String saksnummer, Vedtak paklaget, Vedtak delvisEndret, String utfall,
      String nyttUtfall, String begrunnelse, String hjemmel, LocalDate dato, String saksbehandler, Navn navn) {
    String kontor = navn.kontor(paklaget.kommunenummer());
    String statsforvalteren = Statsforvalteren.navn(paklaget.kommunenummer());
    String tjeneste = Vedtaksbrev.tjeneste(paklaget.tjeneste());
    String vedtaket = "vedtaket fra " + kontor + " av " + Brevinnhold.DATO.format(paklaget.vedtaksdato())
        + (delvisEndret == null ? ""
            : ", slik det ble delvis endret ved vedtak av " + Brevinnhold.DATO.format(delvisEndret.vedtaksdato()));
    // Within a sentence the inserted clause is closed by a comma.
    String vedtaketInnskutt = delvisEndret == null ? vedtaket : vedtaket + ",";
    String vedtak = switch (utfall) {
      case Values.AVVISE -> "Klagen din avvises. " + statsforvalteren + " tar ikke stilling til innholdet i "
          + vedtaket + ".";
      case Values.STADFESTE -> capitalize(vedtaketInnskutt) + " om " + tjeneste + " stadfestes. Klagen din har ikke ført fram.";
      case Values.ENDRE -> capitalize(vedtaketInnskutt) + " endres. Saken om " + tjeneste + " er "
          + Vedtaksbrev.utfall(nyttUtfall) + ".";
      case Values.OPPHEVE -> capitalize(vedtaketInnskutt) + " oppheves, og saken sendes tilbake til " + kontor
          + " for ny behandling.";
      default -> throw new IllegalArgumentException("Ukjent utfall " + utfall);
    };
    String videre = switch (utfall) {
      case Values.AVVISE, Values.STADFESTE -> capitalize(vedtaketInnskutt) + " står ved lag.";
      case Values.ENDRE -> "Dette vedtaket erstatter " + vedtaket + ". " + kontor
          + " sørger for at det blir gjennomført.";
      default -> kontor + " behandler saken din på nytt og sender deg et nytt vedtak. Det nye vedtaket kan du klage "
          + "på.";
    };
    List<Avsnitt> lovhjemmel = new ArrayList<>();
    lovhjemmel.add(new Avsnitt(statsforvalteren + " er klageinstans og har behandlet klagen etter forvaltningsloven "
        + "§§ 28 til 34." + (hjemmel == null ? "" : " Vedtaket bygger på " + hjemmel + "."), false));
    Lovtekster.sitater(hjemmel).forEach(sitat -> {
      lovhjemmel.add(new Avsnitt(capitalize(sitat.paragraf()) + ":", false));
      sitat.ledd().forEach(ledd -> lovhjemmel.add(new Avsnitt(ledd, true)));
    });
    lovhjemmel.add(new Avsnitt(Lovtekster.lovdata("forvaltningsloven, " + (hjemmel == null ? "" : hjemmel)), false));
    Seksjoner seksjoner = new Seksjoner()
        .seksjon("Saken gjelder", "Du har klaget på vedtaket fra " + kontor + " av "
            + Brevinnhold.DATO.format(paklaget.vedtaksdato()) + " om " + tjeneste + " (sak " + paklaget.saksnummer()
            + "). " + (delvisEndret == null ? kontor + " opprettholdt vedtaket og sendte klagen til " + statsforvalteren
                + "."
                : kontor + " ga deg delvis medhold i et nytt vedtak av "
                    + Brevinnhold.DATO.format(delvisEndret.vedtaksdato()) + ", og sendte resten av klagen til "
                    + statsforvalteren + "."))
        .seksjon("Vedtak", vedtak)
        .seksjon("Begrunnelse", begrunnelse)
        .seksjon("Lovhjemmel", lovhjemmel)
        .seksjon("Hva skjer nå", videre)
        .seksjon("Vedtaket er endelig", Vedtaksbrev.ENDELIG)
        .seksjon("Generell informasjon",
            "Du har rett til å få se sakens dokumenter etter reglene i forvaltningsloven §§ 18 til 19.");
    List<Underskriver> underskrivere = saksbehandler == null ? List.of()
        : List.of(new Underskriver(navn.bruker(saksbehandler), "for " + statsforvalteren));
    return new Brevinnhold(BrevType.STATSFORVALTERENS_VEDTAK, saksnummer, paklaget.kommunenummer(), statsforvalteren,
        dato, navn.mottaker(saksnummer, null, "Til klageren"), "Vedtak i klagesaken – " + tjeneste,
        seksjoner.liste(), List.of(), List.of(kontor), underskrivere);
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
