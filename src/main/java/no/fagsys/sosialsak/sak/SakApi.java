package no.fagsys.sosialsak.sak;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.fagsys.sosialsak.soknad.Kanal;
import no.fagsys.sosialsak.soknad.Tjeneste;

/**
 * The requests and answers of the case API ({@link SakController}). Field names are the processes' variable names
 * (SPEC § 4). Free text is at most {@value #MAKS_TEKST} characters. Unknown fields are ignored (a tolerant reader:
 * a client may send more than we use); every field we use is checked.
 */
public final class SakApi {

  public static final int MAKS_TEKST = 4000;

  private SakApi() {}

  @Schema(description = "En søknad om sosiale tjenester, registrert av saksbehandler på vegne av søkeren (SPEC § 4.1).")
  public record Soknad(
      @NotNull Tjeneste tjeneste,
      @NotNull @Pattern(regexp = "\\d{4}", message = "et kommunenummer har fire sifre") String kommunenummer,
      @NotNull Kanal kanal,
      @Schema(description = "åååå-mm-dd, ikke etter dagens dato") @NotNull LocalDate soknadsdato,
      @NotNull Boolean nodsituasjon,
      @NotNull @Min(0) @Max(50) Integer antallBarnIHusstanden,
      @Schema(description = "Pseudonym søkerreferanse, aldri fødselsnummer")
      @NotBlank @Size(max = 64) String sokerReferanse) {}

  @Schema(description = "En klage på et vedtak i saken (SPEC § 4.2, forvaltningsloven §§ 28–33).")
  public record Klage(
      @NotBlank @Size(max = 36) String vedtakId,
      @NotNull LocalDate klageMottattDato,
      @Schema(description = "Dagen klagen ble postlagt eller sendt elektronisk, når den er før klageMottattDato "
          + "(forvaltningsloven § 30: klagen er framsatt i tide når den er postlagt innen fristen)")
      LocalDate klagePostlagtDato,
      @NotBlank @Size(max = MAKS_TEKST) String klagetekst,
      @NotNull Boolean gjelderEnkeltvedtak,
      @NotNull Boolean klagerHarKlagerett,
      @NotNull Boolean skriftligOgUndertegnet,
      @NotNull Boolean angirVedtakOgOnsketEndring,
      @Schema(description = "Kreves når klagen kom etter klagefristen") Boolean saerligeGrunnerForSenKlage,
      @Pattern(regexp = "PARTEN_KAN_IKKE_LASTES|SAERLIGE_GRUNNER",
          message = "ugyldig verdi, gyldige verdier er [PARTEN_KAN_IKKE_LASTES, SAERLIGE_GRUNNER]")
      String senKlageGrunn) {}

  @Schema(description = "Melding om brudd på et vilkår i et vedtak i saken (SPEC § 4.3).")
  public record Vilkarsbrudd(
      @NotBlank @Size(max = 36) String vedtakId,
      @NotBlank @Size(max = MAKS_TEKST) String vilkar,
      @NotBlank @Size(max = MAKS_TEKST) String hendelse) {}

  @Schema(description = "Partens uttalelse til forhåndsvarselet i en vilkårsbruddsak (forvaltningsloven § 16).")
  public record Uttalelse(@NotBlank @Size(max = MAKS_TEKST) String uttalelse) {}

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
