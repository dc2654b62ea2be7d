package no.fagsys.sosialsak.sak;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.brev.Brev;
import no.fagsys.sosialsak.brev.BrevArkiv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The domain API's reading side for every case ({@code /api/v1}, HTTP Basic; OpenAPI at {@code /api/v1/openapi.json}):
 * the case, its status timeline and its letters, whatever process it is. Who may read what is {@link SakTilgang}. The
 * writes belong to the process packages ({@code soknad.SoknadController}, {@code klage.KlageController},
 * {@code vilkarsbrudd.VilkarsbruddController}), built on {@link Saksstart}.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Saker", description = "Søknader, klager, vilkårsbrudd, statustidslinje og brev")
public class SakController {

  public static final String SAKER = "/api/v1/saker/";

  private final SakTilgang tilgang;
  private final SakRegister saker;
  private final BrevArkiv brevArkiv;
  private final Statusdokumenter statusdokumenter;
  private final Arkivstatus arkivstatus;

  public SakController(SakTilgang tilgang, SakRegister saker, BrevArkiv brevArkiv,
      Statusdokumenter statusdokumenter, Arkivstatus arkivstatus) {
    this.arkivstatus = arkivstatus;
    this.tilgang = tilgang;
    this.saker = saker;
    this.brevArkiv = brevArkiv;
    this.statusdokumenter = statusdokumenter;
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
}
