package no.fagsys.sosialsak.kapasitet;

/**
 * The service areas a municipality reports its capacity for (the areas of Statsforvalteren's quarterly survey,
 * seed 001 "Tjenestekapasitet i kommunene"). Each area has two fields in the report form:
 * {@code <prefix>_niva} (one of {@link Niva}) and {@code <prefix>_kommentar} (free text).
 *
 * <table>
 *   <caption>Form field keys</caption>
 *   <tr><th>area</th><th>level field</th><th>comment field</th></tr>
 *   <tr><td>BOLIG</td><td>bolig_niva</td><td>bolig_kommentar</td></tr>
 *   <tr><td>BARNEHAGE</td><td>barnehage_niva</td><td>barnehage_kommentar</td></tr>
 *   <tr><td>SKOLE</td><td>skole_niva</td><td>skole_kommentar</td></tr>
 *   <tr><td>OPPLAERING_NORSK_SAMFUNNSKUNNSKAP</td><td>opplaering_niva</td><td>opplaering_kommentar</td></tr>
 *   <tr><td>OPPFOLGING_INTRODUKSJONSPROGRAM</td><td>introduksjonsprogram_niva</td><td>introduksjonsprogram_kommentar</td></tr>
 *   <tr><td>FASTLEGE</td><td>fastlege_niva</td><td>fastlege_kommentar</td></tr>
 *   <tr><td>LEGEVAKT</td><td>legevakt_niva</td><td>legevakt_kommentar</td></tr>
 *   <tr><td>BARNEVERN</td><td>barnevern_niva</td><td>barnevern_kommentar</td></tr>
 *   <tr><td>NAV_SOSIALE_TJENESTER</td><td>nav_niva</td><td>nav_kommentar</td></tr>
 * </table>
 */
public enum Omrade {

  BOLIG("Boliger", "bolig"),
  BARNEHAGE("Barnehage", "barnehage"),
  SKOLE("Skole", "skole"),
  OPPLAERING_NORSK_SAMFUNNSKUNNSKAP("Opplæring i norsk og samfunnskunnskap", "opplaering"),
  OPPFOLGING_INTRODUKSJONSPROGRAM("Oppfølgingsaktiviteter/arbeidsretting intro", "introduksjonsprogram"),
  FASTLEGE("Fastlege", "fastlege"),
  LEGEVAKT("Legevakt/akuttmedisinsk beredskap", "legevakt"),
  BARNEVERN("Barnevern", "barnevern"),
  NAV_SOSIALE_TJENESTER("NAV/sosiale tjenester", "nav");

  private final String navn;
  private final String feltprefiks;

  Omrade(String navn, String feltprefiks) {
    this.navn = navn;
    this.feltprefiks = feltprefiks;
  }

  /** The Norwegian name, as shown to people ("Boliger"). */
  public String navn() {
    return navn;
  }

  /** The form field (and process variable) holding this area's level, e.g. {@code bolig_niva}. */
  public String nivaFelt() {
    return feltprefiks + "_niva";
  }

  /** The form field (and process variable) holding this area's comment, e.g. {@code bolig_kommentar}. */
  public String kommentarFelt() {
    return feltprefiks + "_kommentar";
  }
}
