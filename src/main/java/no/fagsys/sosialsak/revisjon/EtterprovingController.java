package no.fagsys.sosialsak.revisjon;

import static no.fagsys.sosialsak.platform.access.Roles.LEDER;
import static no.fagsys.sosialsak.platform.access.Roles.REVISOR;
import static no.fagsys.sosialsak.platform.access.Roles.SAKSBEHANDLER;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.platform.security.CurrentUser;
import no.fagsys.sosialsak.sak.Hendelse;
import no.fagsys.sosialsak.sak.Sak;
import no.fagsys.sosialsak.sak.SakTilgang;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit replay over the domain API, read-only: the auditor ({@code revisor}) and the case's own office
 * ({@code saksbehandler}, {@code leder} of its municipality). Another municipality's case, or a decision that is not
 * the case's, is 404 like any case ({@link SakTilgang}); anyone else who may see the case (Statsforvalteren) is 403.
 * The engine's history is read as the system once that check has passed: caseworkers have no right to read decision
 * history in the engine (least privilege, AccessTable).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Revisjon", description = "Etterprøving av vedtak: beslutningstabellene evaluert på nytt")
public class EtterprovingController {

  private final SakTilgang tilgang;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final VedtakEtterproving etterproving;

  public EtterprovingController(SakTilgang tilgang, CurrentUser currentUser, IdentityService identityService,
      VedtakEtterproving etterproving) {
    this.tilgang = tilgang;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.etterproving = etterproving;
  }

  @Operation(summary = "Etterprøv et fattet vedtak", description = "Hver beslutningstabell saken brukte fram til "
      + "vedtaket, evaluert på nytt med de registrerte inndataene og nøyaktig den tabellversjonen som ble brukt; "
      + "samsvarer er sant når alle gir det som ble registrert, ellers står avvikene per tabell.")
  @GetMapping("/saker/{saksnummer}/vedtak/{vedtakId}/etterproving")
  public VedtakEtterproving.Etterproving etterprov(@PathVariable String saksnummer, @PathVariable String vedtakId) {
    Sak sak = tilgang.lese(saksnummer);
    if (!currentUser.isMemberOfAny(REVISOR, SAKSBEHANDLER, LEDER)) {
      throw ApiProblem.ikkeTilgang("Bare revisor og kommunens saksbehandlere og ledere kan etterprøve vedtak.");
    }
    Hendelse fattet = etterproving.vedtakFattet(sak, vedtakId);
    if (fattet == null) {
      throw ApiProblem.ikkeFunnet("Fant ikke noe fattet vedtak med den id-en i saken " + saksnummer + ".");
    }
    Authentication bruker = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return etterproving.etterprov(fattet.saksnummer(), vedtakId, fattet.tidspunkt());
    } finally {
      if (bruker != null) {
        identityService.setAuthentication(bruker);
      }
    }
  }
}
