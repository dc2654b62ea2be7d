package no.fagsys.sosialsak.tilsyn;

import static no.fagsys.sosialsak.platform.access.Roles.REVISOR;
import static no.fagsys.sosialsak.platform.access.Roles.STATSFORVALTEREN;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.platform.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The oversight report over the domain API, read-only, for Statsforvalteren ({@code statsforvalteren}) and the
 * auditor ({@code revisor}), for a municipality they belong to (any other municipality: 404, as if it did not exist);
 * anyone else 403. JSON, or a readable page ({@code Accept: text/html} or {@code rapport.html}). The period is
 * {@code fra}–{@code til} (both days included): the applications received and the complaints registered in it, their
 * figures as of today. The cases and the engine's history are read as the system once that check has passed.
 */
@RestController
@RequestMapping("/api/v1/tilsyn/kommuner/{kommunenummer}")
@Tag(name = "Tilsyn", description = "Tilsynsrapport for Statsforvalteren: søknader, frister og klager per kommune")
public class TilsynController {

  static final int MAKS_DAGER = 3 * 366;

  private final TilsynKilde kilde;
  private final CurrentUser currentUser;
  private final IdentityService identityService;

  public TilsynController(TilsynKilde kilde, CurrentUser currentUser, IdentityService identityService) {
    this.kilde = kilde;
    this.currentUser = currentUser;
    this.identityService = identityService;
  }

  @Operation(summary = "Tilsynsrapport for kommunen og perioden", description = "Søknader per tjeneste og utfall, "
      + "tid fra søknad til vedtak, fristene (samme dag for midlertidig botilbud, foreløpig svar, oppstart av "
      + "kvalifiseringsprogram) med sakene som brøt dem, klager og utfallet hos kommunen og Statsforvalteren, og "
      + "opphevede vedtak. fra og til er datoer (åååå-mm-dd), begge tatt med.")
  @GetMapping(path = "/rapport", produces = MediaType.APPLICATION_JSON_VALUE)
  public Tilsynsrapport.Rapport rapport(@PathVariable String kommunenummer,
      @RequestParam(required = false) String fra, @RequestParam(required = false) String til) {
    if (!currentUser.isMemberOfAny(STATSFORVALTEREN, REVISOR)) {
      throw ApiProblem.ikkeTilgang("Tilsynsrapporten er for Statsforvalteren og revisor.");
    }
    if (!kommunenummer.matches("\\d{4}") || !currentUser.belongsTo(kommunenummer)) {
      throw ApiProblem.ikkeFunnet("Fant ingen kommune med det nummeret.");
    }
    Map<String, String> feil = new LinkedHashMap<>();
    LocalDate fraDato = dato("fra", fra, feil);
    LocalDate tilDato = dato("til", til, feil);
    if (feil.isEmpty() && tilDato.isBefore(fraDato)) {
      feil.put("til", "til kan ikke være før fra");
    }
    if (feil.isEmpty() && fraDato.plusDays(MAKS_DAGER).isBefore(tilDato)) {
      feil.put("til", "perioden kan være høyst tre år");
    }
    if (!feil.isEmpty()) {
      throw ApiProblem.ugyldig(feil);
    }
    Authentication bruker = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      LocalDate idag = TilsynKilde.dag(ClockUtil.getCurrentTime().toInstant());
      return Tilsynsrapport.lag(kommunenummer, fraDato, tilDato, idag, kilde.soknader(kommunenummer, fraDato),
          kilde.klager(kommunenummer, fraDato));
    } finally {
      if (bruker != null) {
        identityService.setAuthentication(bruker);
      }
    }
  }

  @GetMapping(path = "/rapport", produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView rapportSomSide(@PathVariable String kommunenummer, @RequestParam(required = false) String fra,
      @RequestParam(required = false) String til) {
    return new ModelAndView("tilsyn/rapport", Map.of("rapport", rapport(kommunenummer, fra, til)));
  }

  @GetMapping(path = "/rapport.html", produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView rapportSomHtml(@PathVariable String kommunenummer, @RequestParam(required = false) String fra,
      @RequestParam(required = false) String til) {
    return rapportSomSide(kommunenummer, fra, til);
  }

  private static LocalDate dato(String felt, String verdi, Map<String, String> feil) {
    if (verdi == null || verdi.isBlank()) {
      feil.put(felt, "mangler (åååå-mm-dd)");
      return null;
    }
    try {
      return LocalDate.parse(verdi);
    } catch (DateTimeParseException e) {
      feil.put(felt, "er ikke en dato (åååå-mm-dd)");
      return null;
    }
  }
}
