package no.fagsys.sosialsak.soknad;

/**
 * Hands out case numbers, {@code <year>-<kommunenummer>-<six-digit sequence>} (e.g. {@code 2026-5028-000123}), unique
 * per municipality and year, never reused.
 */
public interface Saksnummerserie {

  /** The next sequence number for the municipality in the year, starting at 1. */
  long neste(String kommunenummer, int aar);

  default String nesteSaksnummer(String kommunenummer, int aar) {
    return String.format("%d-%s-%06d", aar, kommunenummer, neste(kommunenummer, aar));
  }
}
