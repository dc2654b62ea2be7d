package no.fagsys.sosialsak.vedtak;

import java.util.Map;

/**
 * The words of a follow-up decision's letter (Følge opp, seed 003: «Gi tjenesten? Endre?»): a granted service is
 * ended, stopped, given leave from or changed only by a new decision with complaint rights. What the decision
 * concerns is {@code vedtakGjelder} ({@link VedtakProcess.Values#OPPFOLGING}); its outcome stays one of the four
 * outcomes: {@code INNVILGET} when the change is made as decided, otherwise the service continues as before (a leave
 * asked for is refused). Dates and reasons are in the decision's reasoning.
 */
final class Oppfolgingsvedtak {

  private Oppfolgingsvedtak() {}

  static boolean er(String vedtakGjelder) {
    return VedtakProcess.Values.OPPFOLGING.contains(vedtakGjelder);
  }

  private static final Map<String, String> SUBSTANTIV = Map.of(
      VedtakProcess.Values.AVSLUTNING, "avslutning",
      VedtakProcess.Values.STANS, "stans",
      VedtakProcess.Values.PERMISJON, "permisjon",
      VedtakProcess.Values.ENDRING, "endring");

  /** The service as the subject of the operative sentence. */
  private static final Map<String, String> BESTEMT = Map.of(
      "KVALIFISERINGSPROGRAM", "Kvalifiseringsprogrammet ditt og kvalifiseringsstønaden",
      "OKONOMISK_STONAD", "Den økonomiske stønaden din",
      "MIDLERTIDIG_BOTILBUD", "Det midlertidige botilbudet ditt");

  static String tittel(Vedtak v, String tjeneste) {
    return "Vedtak om " + SUBSTANTIV.get(v.vedtakGjelder()) + " – " + tjeneste;
  }

  static String hva(Vedtak v, String tjeneste) {
    if (VedtakProcess.Values.PERMISJON.equals(v.vedtakGjelder())) {
      return "Saken gjelder permisjon fra " + tjeneste + ".";
    }
    return "Vi har vurdert vedtaket ditt om " + tjeneste + " på nytt i oppfølgingen av det.";
  }

  static String vedtak(Vedtak v, String tjeneste) {
    String subjekt = BESTEMT.getOrDefault(v.tjeneste(), "Vedtaket ditt om " + tjeneste);
    String etter = v.hjemmel() == null ? "" : " etter " + v.hjemmel();
    boolean innvilget = VedtakProcess.Values.INNVILGET.equals(v.utfall());
    return switch (v.vedtakGjelder()) {
      case VedtakProcess.Values.PERMISJON -> innvilget ? "Du får permisjon fra " + tjeneste + etter + "."
          : "Du får ikke permisjon fra " + tjeneste + etter + ".";
      case VedtakProcess.Values.AVSLUTNING -> innvilget ? subjekt + " avsluttes" + etter + "."
          : subjekt + " fortsetter som før.";
      case VedtakProcess.Values.STANS -> innvilget ? subjekt + " stanses" + etter + "."
          : subjekt + " fortsetter som før.";
      default -> innvilget ? "Vedtaket ditt om " + tjeneste + " endres" + etter + "."
          : "Vedtaket ditt om " + tjeneste + " gjelder som før.";
    };
  }
}
