package no.fagsys.sosialsak.sak;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The answers of the case API ({@link SakController}, {@link Saksstart}); the requests are the process packages' own.
 * Field names are the processes' variable names (SPEC § 4). Free text is at most {@value #MAKS_TEKST} characters.
 * Unknown fields are ignored (a tolerant reader: a client may send more than we use); every field we use is checked.
 */
public final class SakApi {

  public static final int MAKS_TEKST = 4000;

  private SakApi() {}

  @Schema(description = "Svar på en innsending: saken og hvor den finnes.")
  public record Kvittering(String saksnummer, String hovedsaksnummer, String kommunenummer, String status,
      String tidslinje) {}

  @Schema(description = "En sak: søknaden, en klage eller et vilkårsbrudd.")
  public record SakVisning(String saksnummer, String hovedsaksnummer, Sak.Sakstype sakstype, String kommunenummer,
      String tjeneste, String vedtakId, Instant opprettet, List<String> undersaker, List<BrevVisning> brev,
      String tidslinje,
      @Schema(description = "Sant bare når arkivet har kvittert for saksmappen og hver journalpost saken har sendt")
      boolean arkivert,
      List<ArkivpostVisning> arkiv) {}

  @Schema(description = """
      En arkivmelding saken skylder kommunens arkiv (Noark 5 gjennom Fiks Arkiv): saksmappen, eller en journalpost \
      (I inngående, U utgående). status VENTER (i utboksen), SENDT (venter på arkivets kvittering) eller ARKIVERT; \
      arkivreferanse er arkivets referanse og finnes først når kvitteringen er mottatt.""")
  public record ArkivpostVisning(String meldingstype, String tittel, String saksnummer, String status,
      String arkivreferanse, Instant kvittert, String brevId) {}

  @Schema(description = "Et brev i saken; hentes som PDF fra lenken.")
  public record BrevVisning(String id, String type, String saksnummer, Instant produsert, String filnavn,
      String lenke) {}

  @Schema(description = """
      Sakens statustidslinje i formen til NAVs digisos-soker.json: version, avsender og hendelser sortert på \
      hendelsestidspunkt (ISO 8601 UTC med millisekunder). Hendelsestyper fra NAV: soknadsStatus, tildeltNavKontor, \
      vedtakFattet, forelopigSvar, dokumentasjonEtterspurt, vilkar. Egne utvidelser (ikke i NAVs skjema): \
      klageMottatt, klageOversendt, klageAvgjort, vilkarsbruddMeldt, forhandsvarselSendt, uttalelseMottatt; og på \
      vedtakFattet for innvilget økonomisk stønad stonadsform (§ 21), belopPerManed, stonadsperiodeFra og \
      stonadsperiodeTil.""")
  public record Statusdokument(String version, Avsender avsender, List<Map<String, Object>> hendelser) {}

  public record Avsender(String systemnavn, String systemversjon) {}
}
