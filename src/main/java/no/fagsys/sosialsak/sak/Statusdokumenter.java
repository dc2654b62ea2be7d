package no.fagsys.sosialsak.sak;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds a case's status timeline as a document shaped like NAV's {@code digisos-soker.json}: {@code version},
 * {@code avsender} {@code {systemnavn, systemversjon}} and {@code hendelser}, each with its {@code type} and
 * {@code hendelsestidspunkt} (ISO 8601 UTC with milliseconds), sorted by time. A letter is referenced as in the
 * status file, {@code {"referanse": {"type": "dokumentlager", "id": <brevId>}}}: {@code vedtaksfil} of
 * {@code vedtakFattet}, {@code forvaltningsbrev} of {@code forelopigSvar}, {@code tildeltNavKontor}, {@code klageOversendt},
 * {@code klageAvgjort}, {@code dokumentasjonEtterspurt} and
 * {@code forhandsvarselSendt} (found by the event's key, {@link BrevHendelser}); the letter is fetched at
 * {@code /api/v1/saker/{saksnummer}/brev/{id}}.
 */
@Component
public class Statusdokumenter {

  public static final String VERSJON = "1.0.0";
  public static final String SYSTEMNAVN = "sosialsak";
  static final DateTimeFormatter TIDSPUNKT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Tidslinje tidslinje;
  private final String systemversjon;

  public Statusdokumenter(Tidslinje tidslinje, @Value("${sosialsak.versjon:ukjent}") String systemversjon) {
    this.tidslinje = tidslinje;
    this.systemversjon = systemversjon;
  }

  /** The timeline of the case: of an application with its complaints and breaches, or of one of those alone. */
  public SakApi.Statusdokument statusdokument(Sak sak) {
    List<Map<String, Object>> hendelser = tidslinje.hendelser(sak.hovedsaksnummer()).stream()
        .filter(h -> sak.erHovedsak() || h.saksnummer().equals(sak.saksnummer()))
        .map(Statusdokumenter::hendelse).toList();
    return new SakApi.Statusdokument(VERSJON, new SakApi.Avsender(SYSTEMNAVN, systemversjon), hendelser);
  }

  static Map<String, Object> hendelse(Hendelse h) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", h.type());
    json.put("hendelsestidspunkt", TIDSPUNKT.format(h.tidspunkt()));
    json.putAll(h.felter());
    if (h.brevId() != null) {
      Map<String, Object> referanse = Map.of("referanse", Map.of("type", "dokumentlager", "id", h.brevId()));
      json.put(h.type().equals(Hendelse.Type.VEDTAK_FATTET) ? "vedtaksfil" : "forvaltningsbrev", referanse);
    }
    return json;
  }
}
