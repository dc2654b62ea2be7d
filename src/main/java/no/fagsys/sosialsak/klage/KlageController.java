package no.fagsys.sosialsak.klage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.api.Idempotens;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakApi;
import no.fagsys.sosialsak.sak.SakTilgang;
import no.fagsys.sosialsak.sak.Saksstart;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A complaint on the domain API: a case of its own under the application ({@code …-K1}). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Saker")
public class KlageController {

  private final SakTilgang tilgang;
  private final Saksstart saksstart;
  private final VedtakRegister vedtak;

  public KlageController(SakTilgang tilgang, Saksstart saksstart, VedtakRegister vedtak) {
    this.tilgang = tilgang;
    this.saksstart = saksstart;
    this.vedtak = vedtak;
  }

  @Schema(description = "En klage på et vedtak i saken (SPEC § 4.2, forvaltningsloven §§ 28–33).")
  public record Klage(
      @NotBlank @Size(max = 36) String vedtakId,
      @NotNull LocalDate klageMottattDato,
      @Schema(description = "Dagen klagen ble postlagt eller sendt elektronisk, når den er før klageMottattDato "
          + "(forvaltningsloven § 30: klagen er framsatt i tide når den er postlagt innen fristen)")
      LocalDate klagePostlagtDato,
      @NotBlank @Size(max = SakApi.MAKS_TEKST) String klagetekst,
      @NotNull Boolean gjelderEnkeltvedtak,
      @NotNull Boolean klagerHarKlagerett,
      @NotNull Boolean skriftligOgUndertegnet,
      @NotNull Boolean angirVedtakOgOnsketEndring,
      @Schema(description = "Kreves når klagen kom etter klagefristen") Boolean saerligeGrunnerForSenKlage,
      @Pattern(regexp = "PARTEN_KAN_IKKE_LASTES|SAERLIGE_GRUNNER",
          message = "ugyldig verdi, gyldige verdier er [PARTEN_KAN_IKKE_LASTES, SAERLIGE_GRUNNER]")
      String senKlageGrunn) {}

  @Operation(summary = "Registrer en klage på et vedtak i saken", description = "Starter prosessen klage; "
      + "klagen blir en egen sak med saksnummeret og -K1, -K2 … Svarer 201 med Location til klagesaken.")
  @PostMapping(path = "/saker/{saksnummer}/klager", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> registrerKlage(@PathVariable String saksnummer, @Valid @RequestBody Klage klage,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = tilgang.skrive(saksnummer);
    if (vedtak.horerTilAnnenSak(klage.vedtakId().strip(), sak.hovedsaksnummer())) {
      throw ApiProblem.ugyldig("vedtakId", "vedtaket hører ikke til saken " + sak.hovedsaksnummer());
    }
    return saksstart.skriv(idempotencyKey, "/saker/" + saksnummer + "/klager", klage, () -> {
      Map<String, Object> variabler = new LinkedHashMap<>();
      variabler.put(KlageProcess.Variables.VEDTAK_ID.name(), klage.vedtakId().strip());
      variabler.put(KlageProcess.Variables.KOMMUNENUMMER.name(), sak.kommunenummer());
      variabler.put(KlageProcess.Variables.KLAGE_MOTTATT_DATO.name(), klage.klageMottattDato().toString());
      if (klage.klagePostlagtDato() != null) {
        variabler.put(KlageProcess.Variables.KLAGE_POSTLAGT_DATO.name(), klage.klagePostlagtDato().toString());
      }
      variabler.put(KlageProcess.Variables.KLAGETEKST.name(), klage.klagetekst());
      variabler.put(KlageProcess.Variables.GJELDER_ENKELTVEDTAK.name(), klage.gjelderEnkeltvedtak());
      variabler.put(KlageProcess.Variables.KLAGER_HAR_KLAGERETT.name(), klage.klagerHarKlagerett());
      variabler.put(KlageProcess.Variables.SKRIFTLIG_OG_UNDERTEGNET.name(), klage.skriftligOgUndertegnet());
      variabler.put(KlageProcess.Variables.ANGIR_VEDTAK_OG_ONSKET_ENDRING.name(), klage.angirVedtakOgOnsketEndring());
      if (klage.saerligeGrunnerForSenKlage() != null) {
        variabler.put(KlageProcess.Variables.SAERLIGE_GRUNNER_FOR_SEN_KLAGE.name(), klage.saerligeGrunnerForSenKlage());
      }
      if (klage.senKlageGrunn() != null) {
        variabler.put(KlageProcess.Variables.SEN_KLAGE_GRUNN.name(), klage.senKlageGrunn());
      }
      return saksstart.start(KlageProcess.KEY, variabler);
    });
  }
}
