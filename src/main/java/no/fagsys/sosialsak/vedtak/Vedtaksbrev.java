package no.fagsys.sosialsak.vedtak;

import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The decision letter of an issued {@link Vedtak}, in the form of the seed's sample letter (seed 004, «Vedtak»):
 * written; who it concerns; what was applied for; the decision; relevant facts; reasoning; legal basis; general
 * information (fvl. §§ 18–19); how to complain (three weeks, written, the office helps, what happens next). Plain
 * text from the stored record alone, so the same letter can be produced again at any time.
 */
public final class Vedtaksbrev {

  static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
      "GARANTI", "garanti",
      "VARER_OG_TJENESTER", "varer og tjenester");

  private Vedtaksbrev() {}

  public static String tekst(Vedtak v) {
    String tjeneste = TJENESTER.getOrDefault(v.tjeneste(), v.tjeneste());
    String utfall = UTFALL.getOrDefault(v.utfall(), v.utfall());
    StringBuilder brev = new StringBuilder();
    brev.append("NAV, kommune ").append(v.kommunenummer()).append(", ").append(DATO.format(v.vedtaksdato()))
        .append("\n\nSak ").append(v.saksnummer()).append("\n\n");
    brev.append(switch (v.vedtakGjelder()) {
      case "KLAGE" -> "Svar på klage – " + tjeneste;
      case "VILKARSBRUDD" -> "Nytt vedtak etter brudd på vilkår – " + tjeneste;
      case "AVVISNING_KLAGE" -> "Svar på klage – avvisning";
      default -> "Svar på søknad om " + tjeneste;
    }).append("\n\n");

    seksjon(brev, "Vedtak", switch (v.vedtakGjelder()) {
      case "KLAGE" -> "Vi har behandlet klagen din på nytt. Saken om " + tjeneste + " er " + utfall + ".";
      case "VILKARSBRUDD" -> "Vi har vurdert stønaden din på nytt etter brudd på vilkår. Saken om " + tjeneste
          + " er " + utfall + ".";
      case "AVVISNING_KLAGE" -> "Klagen din avvises, og blir ikke behandlet.";
      default -> "Søknaden din om " + tjeneste + " er " + utfall + ".";
    } + (v.erstatterVedtakId() == null ? "" : "\nDette vedtaket erstatter vedtak " + v.erstatterVedtakId() + "."));
    if (v.stonadsform() != null) {
      seksjon(brev, "Stønadsform", "Stønaden gis som " + STONADSFORMER.getOrDefault(v.stonadsform(), v.stonadsform())
          + " (sosialtjenesteloven § 21)." + (v.lanevilkar() == null ? "" : "\n" + v.lanevilkar()));
    }
    if (v.vilkar() != null) {
      seksjon(brev, "Vilkår", v.vilkar() + (Boolean.TRUE.equals(v.informertOmReduksjon())
          ? "\nDersom du bryter vilkårene, kan stønaden bli redusert (sosialtjenesteloven § 20)." : ""));
    }
    if (v.begrensning() != null) {
      seksjon(brev, "Begrensning", v.begrensning());
    }
    seksjon(brev, "Relevante opplysninger/faktisk situasjon", v.relevanteOpplysninger());
    if (v.vurderingBarnetsBeste() != null) {
      seksjon(brev, "Barnets beste", v.vurderingBarnetsBeste());
    }
    seksjon(brev, "Begrunnelse", v.begrunnelse());
    seksjon(brev, "Lovhjemmel", "Saken er vurdert etter " + v.hjemmel() + ".");
    seksjon(brev, "Generell informasjon",
        "Du har rett til å få se sakens dokumenter etter reglene i forvaltningsloven §§ 18 til 19.");
    seksjon(brev, "Klageadgang", "Dette vedtaket kan påklages. Klagefristen er 3 uker fra du mottok vedtaket. "
        + "Mottok du det " + DATO.format(v.vedtaksdato()) + ", er siste frist " + DATO.format(v.klagefrist()) + ".\n"
        + "Klagen må være skriftlig, og om du ønsker hjelp, kan NAV bistå. Klagen sendes NAV-kontoret som har "
        + "fattet vedtaket.\n"
        + "Dersom du klager, vil vi se på saken på nytt. Hvis vi imøtekommer klagen din, vil du få et nytt vedtak "
        + "med nytt innhold. Om vi ikke finner grunnlag for å endre vedtaket, vil vi sende den til "
        + "Statsforvalteren, som fatter endelig vedtak. Du får kopi når vi sender saken til Statsforvalteren.");
    brev.append("Vedtaket er utformet av ").append(v.utformetAv()).append(" og godkjent av ").append(v.godkjentAv())
        .append(".\nDette dokumentet er godkjent elektronisk, og har derfor ikke signatur.\n");
    return brev.toString();
  }

  private static void seksjon(StringBuilder brev, String overskrift, String tekst) {
    if (tekst != null && !tekst.isBlank()) {
      brev.append(overskrift).append("\n").append(tekst.strip()).append("\n\n");
    }
  }
}
