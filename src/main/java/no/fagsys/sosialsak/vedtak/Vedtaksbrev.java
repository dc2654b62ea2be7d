package no.fagsys.sosialsak.vedtak;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.fagsys.sosialsak.brev.BrevType;
import no.fagsys.sosialsak.brev.Brevinnhold;
import no.fagsys.sosialsak.brev.Brevinnhold.Avsnitt;
import no.fagsys.sosialsak.brev.Brevinnhold.Seksjoner;
import no.fagsys.sosialsak.brev.Brevinnhold.Underskriver;
import no.fagsys.sosialsak.brev.Lovtekster;
import no.fagsys.sosialsak.brev.Navn;
import no.fagsys.sosialsak.brev.Postadresse;
import no.fagsys.sosialsak.brev.Statsforvalteren;

/**
 * The decision letter of an issued {@link Vedtak}, in the form of the seed's sample letter (seed 004, «Vedtak»):
 * who it concerns and what was applied for; the decision (conclusion, with the form of support, loan terms and
 * conditions where present); relevant facts; reasoning; legal basis, quoted; general information (fvl. §§ 18–19);
 * how to complain (three weeks, written, the office helps, where to send it, what happens next); the signers. One
 * content model ({@link Brevinnhold}) from the stored record alone, rendered as the PDF that is stored with the
 * case and as {@link #tekst(Vedtak) plain text}.
 */
public final class Vedtaksbrev {

  static final Map<String, String> TJENESTER = Map.of(
      "OPPLYSNING_RAD_VEILEDNING", "opplysning, råd og veiledning",
      "OKONOMISK_STONAD", "økonomisk stønad",
      "MIDLERTIDIG_BOTILBUD", "midlertidig botilbud",
      "INDIVIDUELL_PLAN", "individuell plan",
      "KVALIFISERINGSPROGRAM", "kvalifiseringsprogram",
      "INTRODUKSJONSPROGRAM_FORLENGELSE", "forlengelse av introduksjonsprogram");

  static final Map<String, String> UTFALL = Map.of(
      "INNVILGET", "innvilget",
      "DELVIS_INNVILGET", "delvis innvilget",
      "AVSLATT", "avslått",
      "AVVIST", "avvist");

  static final Map<String, String> STONADSFORMER = Map.of(
      "BIDRAG", "bidrag",
      "LAN", "lån",
      "GARANTI", "garanti for lån",
      "VARER_OG_TJENESTER", "varer og tjenester");

  private Vedtaksbrev() {}

  /** The service in words, e.g. {@code økonomisk stønad}. */
  public static String tjeneste(String tjeneste) {
    return tjeneste == null ? "sosiale tjenester" : TJENESTER.getOrDefault(tjeneste, tjeneste);
  }

  /** An outcome in words, e.g. {@code delvis innvilget}. */
  public static String utfall(String utfall) {
    return utfall == null ? "avgjort" : UTFALL.getOrDefault(utfall, utfall);
  }

  /** The letter as plain text, without name look-ups (user ids as signers). */
  public static String tekst(Vedtak v) {
    return innhold(v, null, Navn.ids()).tekst();
  }

  /**
   * The letter's content.
   *
   * @param sokerReferanse the applicant's (pseudonymous) reference when the case has one, else {@code null}
   * @param navn names of the office and the signers
   */
  public static Brevinnhold innhold(Vedtak v, String sokerReferanse, Navn navn) {
    return innhold(v, sokerReferanse, null, navn);
  }

  /**
   * The letter's content.
   *
   * @param sokerReferanse the applicant's (pseudonymous) reference when the case has one, else {@code null}
   * @param soknadsdato the day the application was received, when known
   * @param navn names and addresses of the office, the party and the signers
   */
  public static Brevinnhold innhold(Vedtak v, String sokerReferanse, LocalDate soknadsdato, Navn navn) {
    String tjeneste = tjeneste(v.tjeneste());
    String utfall = UTFALL.getOrDefault(v.utfall(), v.utfall());
    String kontor = navn.kontor(v.kommunenummer());
    String tittel = switch (v.vedtakGjelder()) {
      case "KLAGE" -> "Svar på klage – " + tjeneste;
      case "VILKARSBRUDD" -> "Nytt vedtak etter brudd på vilkår – " + tjeneste;
      case "AVVISNING_KLAGE" -> "Svar på klage – avvisning";
      case "ETTER_OPPHEVING" -> "Nytt vedtak etter oppheving – " + tjeneste;
      case "AVSLUTNING", "STANS", "PERMISJON", "ENDRING" -> Oppfolgingsvedtak.tittel(v, tjeneste);
      default -> "Svar på søknad om " + tjeneste;
    };
    Optional<Postadresse> part = navn.part(v.saksnummer(), sokerReferanse);
    String hvem = part.isPresent() ? "Vedtaket gjelder " + part.get().navn() + ", sak " + v.saksnummer() + "."
        : sokerReferanse == null ? "Vedtaket gjelder parten i sak " + v.saksnummer() + "."
        : "Vedtaket gjelder søker med referanse " + sokerReferanse + ", sak " + v.saksnummer() + ".";
    String hva = switch (v.vedtakGjelder()) {
      case "KLAGE" -> "Du har klaget på vårt vedtak om " + tjeneste + ".";
      case "VILKARSBRUDD" -> "Vi har vurdert stønaden din på nytt fordi et vilkår i vedtaket ikke er fulgt.";
      case "AVVISNING_KLAGE" -> "Du har klaget på et vedtak om " + tjeneste + ".";
      case "ETTER_OPPHEVING" -> "Du klaget på vårt vedtak om " + tjeneste + ". Statsforvalteren har opphevet "
          + "vedtaket og sendt saken tilbake til oss for ny behandling.";
      case "AVSLUTNING", "STANS", "PERMISJON", "ENDRING" -> Oppfolgingsvedtak.hva(v, tjeneste);
      default -> "Du har søkt om " + tjeneste + "." + (soknadsdato == null ? ""
          : " Søknaden kom inn til oss " + Brevinnhold.DATO.format(soknadsdato) + ".");
    };

    List<String> vedtak = new ArrayList<>();
    vedtak.add(switch (v.vedtakGjelder()) {
      case "KLAGE" -> "Vi har behandlet klagen din på nytt. Saken om " + tjeneste + " er " + utfall + ".";
      case "VILKARSBRUDD" -> "Vi har vurdert stønaden din på nytt etter brudd på vilkår. Saken om " + tjeneste
          + " er " + utfall + ".";
      case "AVVISNING_KLAGE" -> "Klagen din avvises, og blir ikke behandlet.";
      case "ETTER_OPPHEVING" -> "Saken er sendt tilbake fra Statsforvalteren, og vi har avgjort den på nytt. "
          + "Saken om " + tjeneste + " er " + utfall + ".";
      case "AVSLUTNING", "STANS", "PERMISJON", "ENDRING" -> Oppfolgingsvedtak.vedtak(v, tjeneste);
      default -> operativ(v, tjeneste);
    });
    if (innvilget(v)) {
      vedtak.add("Vedtaket gjelder fra " + Brevinnhold.DATO.format(v.vedtaksdato()) + ".");
      String videre = NESTE_STEG.get(v.tjeneste());
      if (videre != null && !"VILKARSBRUDD".equals(v.vedtakGjelder())) {
        vedtak.add(videre);
      }
    }
    if (v.erstatterVedtakId() != null) {
      vedtak.add("Dette vedtaket erstatter vedtak " + v.erstatterVedtakId() + ".");
    }
    Seksjoner seksjoner = new Seksjoner()
        .seksjon("Saken gjelder", hvem, hva)
        .seksjon("Vedtak", vedtak.toArray(String[]::new));
    if (v.stonadsform() != null) {
      seksjoner.seksjon("Stønadsform", "Stønaden gis som "
          + STONADSFORMER.getOrDefault(v.stonadsform(), v.stonadsform()) + " (sosialtjenesteloven § 21).",
          v.lanevilkar() == null ? null : "Lånevilkår: " + v.lanevilkar());
    }
    if (v.vilkar() != null) {
      seksjoner.seksjon("Vilkår", v.vilkar(), Boolean.TRUE.equals(v.informertOmReduksjon())
          ? "Dersom du bryter vilkårene, kan stønaden bli redusert (sosialtjenesteloven § 20)." : null);
    }
    seksjoner.seksjon("Begrensning", v.begrensning())
        .seksjon("Relevante opplysninger/faktisk situasjon", v.relevanteOpplysninger())
        .seksjon("Barnets beste", v.vurderingBarnetsBeste())
        .seksjon("Begrunnelse", v.begrunnelse())
        .seksjon("Lovhjemmel", lovhjemmel(v))
        .seksjon("Generell informasjon",
            "Du har rett til å få se sakens dokumenter etter reglene i forvaltningsloven §§ 18 til 19.")
        .seksjon("Klageadgang", klageadgang(v, navn.kontorMedAdresse(v.kommunenummer())));
    List<String> mottaker = navn.mottaker(v.saksnummer(), sokerReferanse, null);
    return new Brevinnhold(BrevType.VEDTAK, v.saksnummer(), v.kommunenummer(), kontor, v.vedtaksdato(), mottaker,
        tittel, seksjoner.liste(), List.of(), List.of(),
        List.of(new Underskriver(navn.bruker(v.godkjentAv()), "leder, godkjente vedtaket"),
            new Underskriver(navn.bruker(v.utformetAv()), "saksbehandler, utformet vedtaket")));
  }

  /**
   * What happens next after a grant, per service, as the seed's sample letter tells it («Vi vil ta kontakt med deg …»):
   * the office makes the next move, and the citizen knows what to expect.
   */
  static final Map<String, String> NESTE_STEG = Map.of(
      "OPPLYSNING_RAD_VEILEDNING", "Vi tar kontakt med deg for å avtale en samtale om det du trenger råd og "
          + "veiledning om.",
      "OKONOMISK_STONAD", "Stønaden utbetales for perioden og med det beløpet som står i vedtaket. Endrer situasjonen "
          + "din seg (inntekt, utgifter eller hvem som bor i husstanden), må du si fra til oss.",
      "MIDLERTIDIG_BOTILBUD", "Vi følger deg opp mens du bor i botilbudet, og arbeider sammen med deg for å finne et "
          + "varig sted å bo. Botilbudet vurderes på nytt før det har vart i tre måneder.",
      "INDIVIDUELL_PLAN", "Du får oppnevnt en koordinator, som i samarbeid med deg utformer planen. Vi tar kontakt med "
          + "deg for å avtale når vi sammen begynner å arbeide med planen din.",
      "KVALIFISERINGSPROGRAM", "Vi tar kontakt med deg for å lage programplanen sammen med deg. Programmet skal starte "
          + "senest seks måneder etter at du søkte.",
      "INTRODUKSJONSPROGRAM_FORLENGELSE", "Programmet ditt fortsetter etter planen vi har avtalt med deg, og vi følger "
          + "deg opp underveis.");

  private static boolean innvilget(Vedtak v) {
    return "INNVILGET".equals(v.utfall()) || "DELVIS_INNVILGET".equals(v.utfall());
  }

  /** The applied-for outcome as the seed's sample letter says it, with its legal basis: «… innvilges etter § 28». */
  static final Map<String, String> VERB = Map.of(
      "INNVILGET", "innvilges",
      "DELVIS_INNVILGET", "innvilges delvis",
      "AVSLATT", "avslås",
      "AVVIST", "avvises");

  private static String operativ(Vedtak v, String tjeneste) {
    String verb = VERB.get(v.utfall());
    if (verb == null) {
      return "Søknaden din om " + tjeneste + " er " + utfall(v.utfall()) + ".";
    }
    return "Søknaden din om " + tjeneste + " " + verb + (v.hjemmel() == null ? "" : " etter " + v.hjemmel()) + ".";
  }

  private static List<Avsnitt> lovhjemmel(Vedtak v) {
    List<Avsnitt> avsnitt = new ArrayList<>();
    List<Lovtekster.Sitat> sitater = Lovtekster.sitater(v.hjemmel());
    avsnitt.add(new Avsnitt("Saken er vurdert etter " + (v.hjemmel() == null ? "sosialtjenesteloven" : v.hjemmel())
        + (sitater.isEmpty() ? "." : ", som sier:"), false));
    for (Lovtekster.Sitat sitat : sitater) {
      if (sitater.size() > 1) {
        avsnitt.add(new Avsnitt(capitalize(sitat.paragraf()) + ":", false));
      }
      sitat.ledd().forEach(ledd -> avsnitt.add(new Avsnitt(ledd, true)));
    }
    if (v.stonadsform() != null && sitater.stream().noneMatch(s -> s.paragraf().endsWith("§ 21"))) {
      avsnitt.add(new Avsnitt("Stønadsformen er fastsatt etter sosialtjenesteloven § 21, som sier:", false));
      Lovtekster.tekst("sosialtjenesteloven § 21").forEach(ledd -> avsnitt.add(new Avsnitt(ledd, true)));
    }
    String lovdata = Lovtekster.lovdata((v.hjemmel() == null ? "sosialtjenesteloven" : v.hjemmel())
        + (v.kanPaklages() ? "" : ", forvaltningsloven"));
    if (lovdata != null) {
      avsnitt.add(new Avsnitt(lovdata, false));
    }
    return avsnitt;
  }

  /** Statsforvalteren's decision in a complaint case is final (fvl. § 28 third paragraph). */
  public static final String ENDELIG = "Dette vedtaket er endelig og kan ikke påklages videre "
      + "(forvaltningsloven § 28 tredje ledd).";

  private static String klageadgang(Vedtak v, String kontor) {
    if (!v.kanPaklages()) {
      return ENDELIG;
    }
    String statsforvalteren = Statsforvalteren.navn(v.kommunenummer());
    return "Dette vedtaket kan påklages. Klagefristen er 3 uker fra du mottok vedtaket. Mottok du det "
        + Brevinnhold.DATO.format(v.vedtaksdato()) + ", er siste frist " + Brevinnhold.DATO.format(v.klagefrist())
        + ".\n"
        + "Klagen må være skriftlig, og om du ønsker hjelp, kan Nav bistå.\n"
        + "Klagen sendes " + kontor + ". Det er dette kontoret som har fattet vedtaket.\n"
        + "Dersom du klager, vil vi se på saken på nytt. Hvis vi imøtekommer klagen din, vil du få et nytt vedtak "
        + "med nytt innhold. Om vi ikke finner grunnlag for å endre vedtaket, vil vi sende den til "
        + statsforvalteren + ", som fatter endelig vedtak. Du får kopi når vi sender saken til Statsforvalteren.";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
