package no.fagsys.sosialsak.sak;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.api.Idempotens;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import no.fagsys.sosialsak.klage.KlageProcess;
import no.fagsys.sosialsak.platform.security.CurrentUser;
import no.fagsys.sosialsak.soknad.SoknadProcess;
import no.fagsys.sosialsak.vedtak.VedtakRegister;
import no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The domain API for cases ({@code /api/v1}, HTTP Basic; OpenAPI at {@code /api/v1/openapi.json}). Callers are
 * caseworkers registering on behalf of a citizen and integrating systems; who may do what is {@link SakTilgang}.
 * Every write runs in one transaction with its engine command and, with an {@code Idempotency-Key}, once per key
 * ({@link Idempotens}). Applications, complaints and breach reports start their processes as the calling user, so the
 * processes' own start checks apply (400 naming each field; nothing is created). Messages (a withdrawal, a statement)
 * are correlated by the API as the system once {@link SakTilgang} has allowed them: caseworkers have no right to
 * correlate messages in the engine.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Saker", description = "Søknader, klager, vilkårsbrudd, statustidslinje og brev")
public class SakController {

  private static final Logger LOG = LoggerFactory.getLogger(SakController.class);
  static final String SAKER = "/api/v1/saker/";

  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final SakTilgang tilgang;
  private final SakRegister saker;
  private final VedtakRegister vedtak;
  private final BrevArkiv brevArkiv;
  private final Statusdokumenter statusdokumenter;
  private final Idempotens idempotens;
  private final CurrentUser currentUser;
  private final Arkivstatus arkivstatus;

  public SakController(RuntimeService runtimeService, IdentityService identityService, SakTilgang tilgang,
      SakRegister saker, VedtakRegister vedtak, BrevArkiv brevArkiv, Statusdokumenter statusdokumenter,
      Idempotens idempotens, CurrentUser currentUser, Arkivstatus arkivstatus) {
    this.arkivstatus = arkivstatus;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.tilgang = tilgang;
    this.saker = saker;
    this.vedtak = vedtak;
    this.brevArkiv = brevArkiv;
    this.statusdokumenter = statusdokumenter;
    this.idempotens = idempotens;
    this.currentUser = currentUser;
  }

  @Operation(summary = "Registrer en søknad", description = "Oppretter saken og starter prosessen soknad. "
      + "Svarer 201 med saksnummeret og Location til saken.")
  @PostMapping(path = "/soknader", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> registrerSoknad(@Valid @RequestBody SakApi.Soknad soknad,
      @Parameter(description = "Gjentas forespørselen med samme nøkkel, gis samme svar uten ny sak")
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    tilgang.opprette(soknad.kommunenummer());
    return skriv(idempotencyKey, "/soknader", soknad, () -> {
      Map<String, Object> variabler = new LinkedHashMap<>();
      variabler.put(SoknadProcess.Variables.TJENESTE.name(), soknad.tjeneste().name());
      variabler.put(SoknadProcess.Variables.KOMMUNENUMMER.name(), soknad.kommunenummer());
      variabler.put(SoknadProcess.Variables.KANAL.name(), soknad.kanal().name());
      variabler.put(SoknadProcess.Variables.SOKNADSDATO.name(), soknad.soknadsdato().toString());
      variabler.put(SoknadProcess.Variables.NODSITUASJON.name(), soknad.nodsituasjon());
      variabler.put(SoknadProcess.Variables.ANTALL_BARN_I_HUSSTANDEN.name(), soknad.antallBarnIHusstanden());
      variabler.put(SoknadProcess.Variables.SOKER_REFERANSE.name(), soknad.sokerReferanse().strip());
      return startet(SoknadProcess.KEY, variabler);
    });
  }

  @Operation(summary = "Registrer en klage på et vedtak i saken", description = "Starter prosessen klage; "
      + "klagen blir en egen sak med saksnummeret og -K1, -K2 … Svarer 201 med Location til klagesaken.")
  @PostMapping(path = "/saker/{saksnummer}/klager", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> registrerKlage(@PathVariable String saksnummer, @Valid @RequestBody SakApi.Klage klage,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = tilgang.skrive(saksnummer);
    vedtakISaken(sak, klage.vedtakId());
    return skriv(idempotencyKey, "/saker/" + saksnummer + "/klager", klage, () -> {
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
      return startet(KlageProcess.KEY, variabler);
    });
  }

  @Operation(summary = "Meld brudd på et vilkår i et vedtak i saken", description = "Starter prosessen "
      + "vilkarsbrudd; bruddet blir en egen sak med saksnummeret og -V1, -V2 … Svarer 201 med Location.")
  @PostMapping(path = "/saker/{saksnummer}/vilkarsbrudd", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> meldVilkarsbrudd(@PathVariable String saksnummer,
      @Valid @RequestBody SakApi.Vilkarsbrudd brudd,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = tilgang.skrive(saksnummer);
    vedtakISaken(sak, brudd.vedtakId());
    return skriv(idempotencyKey, "/saker/" + saksnummer + "/vilkarsbrudd", brudd, () -> {
      Map<String, Object> variabler = new LinkedHashMap<>();
      variabler.put(VilkarsbruddProcess.Variables.VEDTAK_ID.name(), brudd.vedtakId().strip());
      variabler.put(VilkarsbruddProcess.Variables.KOMMUNENUMMER.name(), sak.kommunenummer());
      variabler.put(VilkarsbruddProcess.Variables.VILKAR.name(), brudd.vilkar());
      variabler.put(VilkarsbruddProcess.Variables.HENDELSE.name(), brudd.hendelse());
      return startet(VilkarsbruddProcess.KEY, variabler);
    });
  }

  @Operation(summary = "Registrer partens uttalelse til forhåndsvarselet", description = "Saken må være et "
      + "vilkårsbrudd (…-V1) som venter på uttalelse; ellers 409.")
  @PostMapping(path = "/saker/{saksnummer}/uttalelser", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Object> registrerUttalelse(@PathVariable String saksnummer,
      @Valid @RequestBody SakApi.Uttalelse uttalelse,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = tilgang.skrive(saksnummer);
    if (sak.sakstype() != Sak.Sakstype.VILKARSBRUDD) {
      throw ApiProblem.ikkeKlar("Saken " + saksnummer + " er ikke et vilkårsbrudd med forhåndsvarsel.");
    }
    return skriv(idempotencyKey, "/saker/" + saksnummer + "/uttalelser", uttalelse, () -> {
      korreler(sak, VilkarsbruddProcess.Messages.UTTALELSE_MOTTATT,
          Map.of(VilkarsbruddProcess.Variables.UTTALELSE.name(), uttalelse.uttalelse()),
          "Saken " + saksnummer + " venter ikke på en uttalelse (forhåndsvarsel ikke sendt, eller fristen er ute).");
      return ResponseEntity.ok(kvittering(sak, "UTTALELSE_MOTTATT"));
    });
  }

  @Operation(summary = "Søkeren trekker søknaden", description = "Avslutter saken (soknadsStatus BEHANDLES_IKKE). "
      + "409 når saken allerede er avsluttet.")
  @PostMapping(path = "/saker/{saksnummer}/trekking")
  public ResponseEntity<Object> trekkSoknad(@PathVariable String saksnummer,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = tilgang.skrive(saksnummer);
    if (sak.sakstype() != Sak.Sakstype.SOKNAD) {
      throw ApiProblem.ikkeKlar("Saken " + saksnummer + " er ikke en søknad.");
    }
    return skriv(idempotencyKey, "/saker/" + saksnummer + "/trekking", null, () -> {
      korreler(sak, SoknadProcess.Messages.SOKNAD_TRUKKET, Map.of(),
          "Søknaden " + saksnummer + " er allerede ferdig behandlet eller avsluttet.");
      return ResponseEntity.ok(kvittering(sak, "TRUKKET"));
    });
  }

  @Operation(summary = "Meld at innvilget økonomisk stønad bør endres eller stanses", description = "Gir "
      + "saksbehandler en oppgave i saken; endringen eller stansen blir et nytt vedtak med klagerett. Saken må være en "
      + "søknad om økonomisk stønad som følges opp; ellers 409.")
  @PostMapping(path = "/saker/{saksnummer}/endringer")
  public ResponseEntity<Object> meldEndringAvStonad(@PathVariable String saksnummer,
      @RequestHeader(name = Idempotens.HEADER, required = false) String idempotencyKey) {
    Sak sak = tilgang.skrive(saksnummer);
    if (sak.sakstype() != Sak.Sakstype.SOKNAD) {
      throw ApiProblem.ikkeKlar("Saken " + saksnummer + " er ikke en søknad.");
    }
    return skriv(idempotencyKey, "/saker/" + saksnummer + "/endringer", null, () -> {
      korreler(sak, SoknadProcess.Messages.ENDRING_AV_STONAD_MELDT, Map.of(),
          "Saken " + saksnummer + " følger ikke opp innvilget økonomisk stønad nå.");
      return ResponseEntity.ok(kvittering(sak, "ENDRING_MELDT"));
    });
  }

  @Operation(summary = "Les saken", description = "Saken, klagene og vilkårsbruddene under den, brevene, og hva "
      + "kommunens arkiv har kvittert for (arkivert er sant først når arkivet har kvittert for alt saken har sendt).")
  @GetMapping("/saker/{saksnummer}")
  public SakApi.SakVisning sak(@PathVariable String saksnummer) {
    Sak sak = tilgang.lese(saksnummer);
    List<String> undersaker = sak.erHovedsak() ? saker.medUndersaker(sak.hovedsaksnummer()).stream().map(Sak::saksnummer)
        .filter(s -> !s.equals(sak.saksnummer())).toList() : List.of();
    List<SakApi.BrevVisning> brev = brevArkiv.forSak(sak.saksnummer()).stream()
        .filter(b -> b.kommunenummer().equals(sak.kommunenummer()))
        .map(b -> new SakApi.BrevVisning(b.id(), b.type().name(), b.saksnummer(), b.produsert(), b.filnavn(),
            SAKER + sak.saksnummer() + "/brev/" + b.id())).toList();
    List<SakApi.ArkivpostVisning> arkiv = arkivstatus.poster(sak);
    boolean arkivert = !arkiv.isEmpty() && arkiv.stream().allMatch(a -> a.arkivreferanse() != null);
    return new SakApi.SakVisning(sak.saksnummer(), sak.hovedsaksnummer(), sak.sakstype(), sak.kommunenummer(),
        sak.tjeneste(), sak.vedtakId(), sak.opprettet(), undersaker, brev, SAKER + sak.saksnummer() + "/tidslinje",
        arkivert, arkiv);
  }

  @Operation(summary = "Sakens statustidslinje", description = "I formen til NAVs digisos-soker.json. For en søknad "
      + "med klagene og vilkårsbruddene; for en klage- eller vilkårsbruddsak bare dens egne hendelser.")
  @GetMapping("/saker/{saksnummer}/tidslinje")
  public SakApi.Statusdokument tidslinje(@PathVariable String saksnummer) {
    return statusdokumenter.statusdokument(tilgang.lese(saksnummer));
  }

  @Operation(summary = "Hent et brev i saken som PDF")
  @GetMapping(path = "/saker/{saksnummer}/brev/{brevId}", produces = {MediaType.APPLICATION_PDF_VALUE,
      MediaType.APPLICATION_PROBLEM_JSON_VALUE})
  public ResponseEntity<byte[]> brev(@PathVariable String saksnummer, @PathVariable String brevId) {
    Sak sak = tilgang.lese(saksnummer);
    Brev brev = brevArkiv.finn(brevId)
        .filter(b -> b.kommunenummer().equals(sak.kommunenummer()))
        .filter(b -> sak.omfatter(b.saksnummer()))
        .orElseThrow(() -> ApiProblem.ikkeFunnet("Fant ikke brevet i saken " + saksnummer + "."));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_PDF);
    headers.setContentDisposition(ContentDisposition.attachment().filename(brev.filnavn()).build());
    return new ResponseEntity<>(brev.pdf(), headers, HttpStatus.OK);
  }

  private ResponseEntity<Object> skriv(String idempotencyKey, String sti, Object body,
      Supplier<ResponseEntity<?>> work) {
    return idempotens.utfor(idempotencyKey, currentUser.userId(), java.util.Arrays.asList("POST", sti, body), work);
  }

  /** Starts the process as the calling user; its start listener validates and gives the case number. */
  private ResponseEntity<?> startet(String prosess, Map<String, Object> variabler) {
    ProcessInstance instans = runtimeService.createProcessInstanceByKey(prosess).setVariables(variabler).execute();
    Sak sak = saker.finn(instans.getBusinessKey()).orElseThrow(() ->
        new IllegalStateException("Saken ble ikke registrert for prosessinstans " + instans.getId()));
    LOG.info("Domene-API: sak {} ({}) registrert av {}", sak.saksnummer(), prosess, currentUser.userId());
    return ResponseEntity.created(URI.create(SAKER + sak.saksnummer())).body(kvittering(sak, "MOTTATT"));
  }

  private void korreler(Sak sak, String melding, Map<String, Object> variabler, String ikkeKlar) {
    Authentication bruker = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      runtimeService.createMessageCorrelation(melding).processInstanceBusinessKey(sak.saksnummer())
          .tenantId(sak.kommunenummer()).setVariables(variabler).correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw ApiProblem.ikkeKlar(ikkeKlar);
    } finally {
      if (bruker != null) {
        identityService.setAuthentication(bruker);
      }
    }
    LOG.info("Domene-API: {} på sak {} registrert av {}", melding, sak.saksnummer(),
        bruker == null ? null : bruker.getUserId());
  }

  /** A decision named in a complaint or breach report must be one of this case's, when it exists at all. */
  private void vedtakISaken(Sak sak, String vedtakId) {
    vedtak.finn(vedtakId.strip()).filter(v -> !sak.hovedsaksnummer().equals(v.saksnummer())).ifPresent(v -> {
      throw ApiProblem.ugyldig("vedtakId", "vedtaket hører ikke til saken " + sak.hovedsaksnummer());
    });
  }

  private static SakApi.Kvittering kvittering(Sak sak, String status) {
    return new SakApi.Kvittering(sak.saksnummer(), sak.hovedsaksnummer(), sak.kommunenummer(), status,
        SAKER + sak.saksnummer() + "/tidslinje");
  }
}
