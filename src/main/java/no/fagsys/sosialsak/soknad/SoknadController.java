package no.fagsys.sosialsak.soknad;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import no.fagsys.sosialsak.sak.SakTilgang;
import no.fagsys.sosialsak.sak.Saksstart;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The application's writes on the domain API: a new application, its withdrawal, a reported change of granted
 * economic support. Who may write is {@link SakTilgang}; once per key, started as the caller: {@link Saksstart}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Saker")
public class SoknadController {

  private final SakTilgang tilgang;
  private final Saksstart saksstart;

  public SoknadController(SakTilgang tilgang, Saksstart saksstart) {
    this.tilgang = tilgang;
    this.saksstart = saksstart;
  }

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

  @Operation(summary = "Registrer en søknad", description = "Oppretter saken og starter prosessen soknad. "
      + "Svarer 201 med saksnummeret og Location til saken.")
  @PostMapping(path = "/soknader", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> registrerSoknad(@Valid @RequestBody Soknad soknad,
      @Parameter(description = "Gjentas forespørselen med samme nøkkel, gis samme svar uten ny sak")
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    tilgang.opprette(soknad.kommunenummer());
    return saksstart.skriv(idempotencyKey, "/soknader", soknad, () -> {
      Map<String, Object> variabler = new LinkedHashMap<>();
      variabler.put(SoknadProcess.Variables.TJENESTE.name(), soknad.tjeneste().name());
      variabler.put(SoknadProcess.Variables.KOMMUNENUMMER.name(), soknad.kommunenummer());
      variabler.put(SoknadProcess.Variables.KANAL.name(), soknad.kanal().name());
      variabler.put(SoknadProcess.Variables.SOKNADSDATO.name(), soknad.soknadsdato().toString());
      variabler.put(SoknadProcess.Variables.NODSITUASJON.name(), soknad.nodsituasjon());
      variabler.put(SoknadProcess.Variables.ANTALL_BARN_I_HUSSTANDEN.name(), soknad.antallBarnIHusstanden());
      variabler.put(SoknadProcess.Variables.SOKER_REFERANSE.name(), soknad.sokerReferanse().strip());
      return saksstart.start(SoknadProcess.KEY, variabler);
    });
  }

  @Operation(summary = "Søkeren trekker søknaden", description = "Avslutter saken (soknadsStatus BEHANDLES_IKKE). "
      + "409 når saken allerede er avsluttet.")
  @PostMapping(path = "/saker/{saksnummer}/trekking")
  public ResponseEntity<Object> trekkSoknad(@PathVariable String saksnummer,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = soknad(saksnummer);
    return saksstart.skriv(idempotencyKey, "/saker/" + saksnummer + "/trekking", null, () -> {
      saksstart.korreler(sak, SoknadProcess.Messages.SOKNAD_TRUKKET, Map.of(),
          "Søknaden " + saksnummer + " er allerede ferdig behandlet eller avsluttet.");
      return ResponseEntity.ok(Saksstart.kvittering(sak, "TRUKKET"));
    });
  }

  @Operation(summary = "Meld at en innvilget tjeneste bør endres eller stanses", description = "Gir "
      + "saksbehandler en oppgave i saken; endringen eller stansen blir et nytt vedtak med klagerett. Saken må være en "
      + "søknad om økonomisk stønad eller midlertidig botilbud som følges opp; ellers 409.")
  @PostMapping(path = "/saker/{saksnummer}/endringer")
  public ResponseEntity<Object> meldEndringAvStonad(@PathVariable String saksnummer,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = soknad(saksnummer);
    return saksstart.skriv(idempotencyKey, "/saker/" + saksnummer + "/endringer", null, () -> {
      saksstart.korreler(sak, SoknadProcess.Messages.ENDRING_AV_STONAD_MELDT, Map.of(),
          "Saken " + saksnummer + " følger ikke opp innvilget økonomisk stønad eller midlertidig botilbud nå.");
      return ResponseEntity.ok(Saksstart.kvittering(sak, "ENDRING_MELDT"));
    });
  }

  private Sak soknad(String saksnummer) {
    Sak sak = tilgang.skrive(saksnummer);
    if (sak.sakstype() != Sak.Sakstype.SOKNAD) {
      throw ApiProblem.ikkeKlar("Saken " + saksnummer + " er ikke en søknad.");
    }
    return sak;
  }
}
