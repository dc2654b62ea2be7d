package no.fagsys.sosialsak.vilkarsbrudd;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** A condition breach on the domain API (its own case, {@code …-V1}) and the party's statement to the advance notice. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Saker")
public class VilkarsbruddController {

  private final SakTilgang tilgang;
  private final Saksstart saksstart;
  private final VedtakRegister vedtak;

  public VilkarsbruddController(SakTilgang tilgang, Saksstart saksstart, VedtakRegister vedtak) {
    this.tilgang = tilgang;
    this.saksstart = saksstart;
    this.vedtak = vedtak;
  }

  @Schema(description = "Melding om brudd på et vilkår i et vedtak i saken (SPEC § 4.3).")
  public record Vilkarsbrudd(
      @NotBlank @Size(max = 36) String vedtakId,
      @NotBlank @Size(max = SakApi.MAKS_TEKST) String vilkar,
      @NotBlank @Size(max = SakApi.MAKS_TEKST) String hendelse) {}

  @Schema(description = "Partens uttalelse til forhåndsvarselet i en vilkårsbruddsak (forvaltningsloven § 16).")
  public record Uttalelse(@NotBlank @Size(max = SakApi.MAKS_TEKST) String uttalelse) {}

  @Operation(summary = "Meld brudd på et vilkår i et vedtak i saken", description = "Starter prosessen "
      + "vilkarsbrudd; bruddet blir en egen sak med saksnummeret og -V1, -V2 … Svarer 201 med Location.")
  @PostMapping(path = "/saker/{saksnummer}/vilkarsbrudd", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> meldVilkarsbrudd(@PathVariable String saksnummer,
      @Valid @RequestBody Vilkarsbrudd brudd,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = tilgang.skrive(saksnummer);
    if (vedtak.horerTilAnnenSak(brudd.vedtakId().strip(), sak.hovedsaksnummer())) {
      throw ApiProblem.ugyldig("vedtakId", "vedtaket hører ikke til saken " + sak.hovedsaksnummer());
    }
    return saksstart.skriv(idempotencyKey, "/saker/" + saksnummer + "/vilkarsbrudd", brudd, () -> {
      Map<String, Object> variabler = new LinkedHashMap<>();
      variabler.put(VilkarsbruddProcess.Variables.VEDTAK_ID.name(), brudd.vedtakId().strip());
      variabler.put(VilkarsbruddProcess.Variables.KOMMUNENUMMER.name(), sak.kommunenummer());
      variabler.put(VilkarsbruddProcess.Variables.VILKAR.name(), brudd.vilkar());
      variabler.put(VilkarsbruddProcess.Variables.HENDELSE.name(), brudd.hendelse());
      return saksstart.start(VilkarsbruddProcess.KEY, variabler);
    });
  }

  @Operation(summary = "Registrer partens uttalelse til forhåndsvarselet", description = "Saken må være et "
      + "vilkårsbrudd (…-V1) som venter på uttalelse; ellers 409.")
  @PostMapping(path = "/saker/{saksnummer}/uttalelser", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> registrerUttalelse(@PathVariable String saksnummer,
      @Valid @RequestBody Uttalelse uttalelse,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = tilgang.skrive(saksnummer);
    if (sak.sakstype() != Sak.Sakstype.VILKARSBRUDD) {
      throw ApiProblem.ikkeKlar("Saken " + saksnummer + " er ikke et vilkårsbrudd med forhåndsvarsel.");
    }
    return saksstart.skriv(idempotencyKey, "/saker/" + saksnummer + "/uttalelser", uttalelse, () -> {
      saksstart.korreler(sak, VilkarsbruddProcess.Messages.UTTALELSE_MOTTATT,
          Map.of(VilkarsbruddProcess.Variables.UTTALELSE.name(), uttalelse.uttalelse()),
          "Saken " + saksnummer + " venter ikke på en uttalelse (forhåndsvarsel ikke sendt, eller fristen er ute).");
      return ResponseEntity.ok(Saksstart.kvittering(sak, "UTTALELSE_MOTTATT"));
    });
  }
}
