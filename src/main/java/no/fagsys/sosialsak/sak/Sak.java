package no.fagsys.sosialsak.sak;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case as the domain API knows it: an application ({@code 2026-5028-000001}), or one of its complaints
 * ({@code …-K1}) or condition breaches ({@code …-V1}), each a process instance with its case number as business key.
 *
 * @param saksnummer the case number (the process instance's business key)
 * @param hovedsaksnummer the application's case number, which the complaints and breaches carry as their prefix
 * @param sakstype which process
 * @param kommunenummer the municipality (tenant id)
 * @param prosessinstansId the process instance
 * @param tjeneste the service applied for, when known
 * @param vedtakId the decision complained about or breached (complaint, breach), otherwise {@code null}
 * @param opprettet when the case was received (engine clock)
 * @param oversendtStatsforvalteren when a complaint was forwarded to Statsforvalteren, otherwise {@code null}
 */
public record Sak(String saksnummer, String hovedsaksnummer, Sakstype sakstype, String kommunenummer,
    String prosessinstansId, String tjeneste, String vedtakId, Instant opprettet, Instant oversendtStatsforvalteren) {

  /** The processes a case can be. */
  public enum Sakstype { SOKNAD, KLAGE, VILKARSBRUDD }

  private static final Pattern SAKSNUMMER = Pattern.compile("(\\d{4}-\\d{4}-\\d{6})(-[KV]\\d+)?");

  /** Whether this is an application (not one of its complaints or breaches). */
  public boolean erHovedsak() {
    return saksnummer.equals(hovedsaksnummer);
  }

  /** Whether the case number is this case's or one of its complaints' or breaches' ({@code …-K1}, {@code …-V1}). */
  public boolean omfatter(String annetSaksnummer) {
    return saksnummer.equals(annetSaksnummer) || annetSaksnummer.startsWith(saksnummer + "-");
  }

  /** Whether the text has the form of a case number of any kind ({@code 2026-5028-000001}, {@code …-K1}, {@code …-V1}). */
  public static boolean erSaksnummer(String tekst) {
    return tekst != null && SAKSNUMMER.matcher(tekst).matches();
  }

  /** The application's case number of a case number of any kind; the text itself when it is not one. */
  public static String hovedsaksnummer(String saksnummer) {
    if (saksnummer == null) {
      return null;
    }
    Matcher m = SAKSNUMMER.matcher(saksnummer);
    return m.matches() ? m.group(1) : saksnummer;
  }
}
