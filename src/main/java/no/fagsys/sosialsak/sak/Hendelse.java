package no.fagsys.sosialsak.sak;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a case's status timeline, in the vocabulary of NAV's digital social assistance status file
 * ({@code digisos-soker.json}): its {@link Type}, when it happened, and the fields of that type.
 *
 * @param hovedsaksnummer the application's case number (the timeline it belongs to)
 * @param saksnummer the case (process instance business key) it happened in: the application, a complaint, a breach
 * @param kommunenummer the municipality (tenant)
 * @param type the event type, as in the status file
 * @param tidspunkt when (engine clock)
 * @param nokkel for an event that has a letter ({@code vedtakFattet}, {@code forelopigSvar}, {@code klageOversendt},
 *     {@code forhandsvarselSendt} …): the {@link Nokkel} its letter is found by when the timeline is read; an event
 *     with a key is recorded once; otherwise {@code null}
 * @param felter the type's own fields (besides {@code type} and {@code hendelsestidspunkt})
 * @param brevId the letter of the event (in the letter store), or {@code null}; recorded events carry none (the
 *     letter is found by the key when read), older ones may
 */
public record Hendelse(String hovedsaksnummer, String saksnummer, String kommunenummer, String type,
    Instant tidspunkt, String nokkel, Map<String, Object> felter, String brevId) {

  public Hendelse {
    Objects.requireNonNull(hovedsaksnummer, "hovedsaksnummer");
    Objects.requireNonNull(saksnummer, "saksnummer");
    Objects.requireNonNull(kommunenummer, "kommunenummer");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(tidspunkt, "tidspunkt");
    felter = felter == null ? Map.of() : felter;
  }

  /** The event types: those of digisos-soker.json, then our own extensions (complaints, condition breaches). */
  public static final class Type {
    public static final String SOKNADS_STATUS = "soknadsStatus";
    public static final String TILDELT_NAV_KONTOR = "tildeltNavKontor";
    public static final String VEDTAK_FATTET = "vedtakFattet";
    public static final String FORELOPIG_SVAR = "forelopigSvar";
    public static final String DOKUMENTASJON_ETTERSPURT = "dokumentasjonEtterspurt";
    public static final String VILKAR = "vilkar";
    // Extensions of this product (not in NAV's schema)
    public static final String KLAGE_MOTTATT = "klageMottatt";
    public static final String KLAGE_OVERSENDT = "klageOversendt";
    public static final String KLAGE_AVGJORT = "klageAvgjort";
    public static final String VILKARSBRUDD_MELDT = "vilkarsbruddMeldt";
    public static final String FORHANDSVARSEL_SENDT = "forhandsvarselSendt";
    public static final String UTTALELSE_MOTTATT = "uttalelseMottatt";

    private Type() {}
  }

  /** Who decided a complaint ({@code klageAvgjort.avgjortAv}). */
  public static final String AVGJORT_AV_KOMMUNEN = "KOMMUNEN";
  public static final String AVGJORT_AV_STATSFORVALTEREN = "STATSFORVALTEREN";

  /** The keys that join an event and its letter ({@link BrevHendelser}), one per event. */
  public static final class Nokkel {

    private Nokkel() {}

    /** A decision's {@code vedtakFattet}: the decision's id. */
    public static String vedtak(String vedtakId) {
      return vedtakId;
    }

    public static String forelopigSvar(String saksnummer) {
      return "forelopigSvar:" + saksnummer;
    }

    public static String klageOversendt(String saksnummer) {
      return "klageOversendt:" + saksnummer;
    }

    public static String statsforvalterensVedtak(String saksnummer) {
      return "klageAvgjortAvStatsforvalteren:" + saksnummer;
    }

    /** A complaint may be sent back for correction more than once: one event per letter. */
    public static String retting(String brevId) {
      return "retting:" + brevId;
    }

    public static String videresending(String saksnummer) {
      return "videresending:" + saksnummer;
    }

    public static String forhandsvarsel(String saksnummer) {
      return "forhandsvarsel:" + saksnummer;
    }
  }

  /** {@code soknadsStatus.status} values of digisos-soker.json. */
  public enum SoknadsStatus { MOTTATT, UNDER_BEHANDLING, FERDIGBEHANDLET, BEHANDLES_IKKE }
}
