package no.fagsys.sosialsak.kapasitet;

import static no.fagsys.sosialsak.platform.access.Roles.LEDER;
import static no.fagsys.sosialsak.platform.access.Roles.REVISOR;
import static no.fagsys.sosialsak.platform.access.Roles.SAKSBEHANDLER;
import static no.fagsys.sosialsak.platform.access.Roles.STATSFORVALTEREN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Kommune;
import no.fagsys.sosialsak.kapasitet.Kapasitetsoppsummering.Rapport;
import no.fagsys.sosialsak.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The quarterly capacity surveys over the domain API ({@code /api/v1/kapasitetskartlegginger}, HTTP Basic):
 * <ul>
 *   <li>{@code GET /} — the surveys (quarter, deadline, status, how many have reported): every Tasklist role and the
 *       auditor;</li>
 *   <li>{@code GET /{kvartal}/rapport} — the summary per area when the survey has closed, as JSON, or as a readable
 *       page with {@code Accept: text/html} or at {@code /{kvartal}/rapport.html}: Statsforvalteren, and the auditor
 *       (read-only, as everywhere);</li>
 *   <li>{@code GET /{kvartal}/svar} — the answers: Statsforvalteren and the auditor see every municipality's, a
 *       caseworker or leader only their own municipalities' (their tenants).</li>
 * </ul>
 * Others get 403, an unknown quarter 404, a report before the survey has closed 409; all as problem+json.
 */
@RestController
@RequestMapping("/api/v1/kapasitetskartlegginger")
public class KapasitetskartleggingController {

  /** The report as JSON: the summary and the survey's status. */
  public record RapportSvar(
      String kvartal,
      LocalDate frist,
      Kartlegging.Status status,
      LocalDateTime avsluttetTid,
      int antallSpurt,
      int antallRapportert,
      List<Kommune> ikkeLevert,
      List<Kapasitetsoppsummering.Omradeoppsummering> omrader) {}

  /** One answer as the API shows it. */
  public record SvarVisning(
      String kommunenummer,
      String kommunenavn,
      Omrade omrade,
      String omradeNavn,
      Niva niva,
      String kommentar,
      String rapportertAv,
      LocalDateTime rapportertTid) {}

  public record SvarListe(String kvartal, List<SvarVisning> svar) {}

  private final KapasitetskartleggingRepository repository;
  private final CurrentUser currentUser;

  public KapasitetskartleggingController(KapasitetskartleggingRepository repository, CurrentUser currentUser) {
    this.repository = repository;
    this.currentUser = currentUser;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Kartlegging> kartlegginger() {
    requireAny(SAKSBEHANDLER, LEDER, STATSFORVALTEREN, REVISOR);
    return repository.kartlegginger();
  }

  @GetMapping(path = "/{kvartal}/rapport", produces = MediaType.APPLICATION_JSON_VALUE)
  public RapportSvar rapport(@PathVariable String kvartal) {
    requireAny(STATSFORVALTEREN, REVISOR);
    Kartlegging kartlegging = kartlegging(kvartal);
    if (kartlegging.status() != Kartlegging.Status.AVSLUTTET) {
      throw ApiProblem.ikkeKlar("Kartleggingen for " + kartlegging.kvartal() + " er ikke avsluttet ennå (frist "
          + kartlegging.frist() + "). Rapporten lages når alle kommunene har svart eller fristen er ute.");
    }
    List<Deltaker> deltakere = repository.deltakere(kartlegging.kvartal());
    List<Kommune> spurte = deltakere.stream().map(d -> new Kommune(d.kommunenummer(), d.navn())).toList();
    Set<String> rapporterende = deltakere.stream().filter(d -> d.status() == Deltaker.Status.LEVERT)
        .map(Deltaker::kommunenummer).collect(Collectors.toSet());
    Rapport rapport = Kapasitetsoppsummering.rapport(kartlegging.kvartal(), kartlegging.frist(), spurte, rapporterende,
        repository.oppsummering(kartlegging.kvartal()));
    return new RapportSvar(rapport.kvartal(), rapport.frist(), kartlegging.status(), kartlegging.avsluttetTid(),
        rapport.antallSpurt(), rapport.antallRapportert(), rapport.ikkeLevert(), rapport.omrader());
  }

  @GetMapping(path = "/{kvartal}/rapport", produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView rapportSomSide(@PathVariable String kvartal) {
    return new ModelAndView("kapasitet/rapport", Map.of("rapport", rapport(kvartal)));
  }

  @GetMapping(path = "/{kvartal}/rapport.html", produces = MediaType.TEXT_HTML_VALUE)
  public ModelAndView rapportSomHtml(@PathVariable String kvartal) {
    return rapportSomSide(kvartal);
  }

  @GetMapping(path = "/{kvartal}/svar", produces = MediaType.APPLICATION_JSON_VALUE)
  public SvarListe svar(@PathVariable String kvartal) {
    requireAny(SAKSBEHANDLER, LEDER, STATSFORVALTEREN, REVISOR);
    Kartlegging kartlegging = kartlegging(kvartal);
    boolean alle = currentUser.isMemberOfAny(STATSFORVALTEREN, REVISOR);
    List<Kapasitetssvar> svar = repository.svar(kartlegging.kvartal(), alle ? null : currentUser.tenantIds());
    Map<String, String> navn = repository.deltakere(kartlegging.kvartal()).stream()
        .collect(Collectors.toMap(Deltaker::kommunenummer, d -> d.navn() == null ? "" : d.navn()));
    return new SvarListe(kartlegging.kvartal(), svar.stream().map(s -> new SvarVisning(s.kommunenummer(),
        navn.get(s.kommunenummer()), s.omrade(), s.omrade().navn(), s.niva(), s.kommentar(), s.rapportertAv(),
        s.rapportertTid())).toList());
  }

  private Kartlegging kartlegging(String kvartal) {
    if (!OpprettKapasitetskartlegging.KVARTAL_FORMAT.matcher(kvartal).matches()) {
      throw ApiProblem.ikkeFunnet("Fant ingen kapasitetskartlegging for det kvartalet. Kvartal skrives som 2026-Q2.");
    }
    return repository.kartlegging(kvartal).orElseThrow(() ->
        ApiProblem.ikkeFunnet("Fant ingen kapasitetskartlegging for " + kvartal + "."));
  }

  private void requireAny(String... groups) {
    if (!currentUser.isMemberOfAny(groups)) {
      throw ApiProblem.ikkeTilgang("Du har ikke tilgang til dette i kapasitetskartleggingen.");
    }
  }
}
