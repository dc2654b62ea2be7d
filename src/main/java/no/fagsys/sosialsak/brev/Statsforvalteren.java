package no.fagsys.sosialsak.brev;

import java.util.Map;

/**
 * The county governor (Statsforvalteren) that is the complaint instance for a municipality, named with its county as
 * letters name it ({@code Statsforvalteren i Trøndelag}). The county is the first two digits of the municipality
 * number; only the counties this product serves are listed, others get the plain name.
 */
public final class Statsforvalteren {

  private static final Map<String, String> FYLKER = Map.of("50", "Trøndelag");

  private Statsforvalteren() {}

  public static String navn(String kommunenummer) {
    String fylke = kommunenummer == null || kommunenummer.length() < 2 ? null
        : FYLKER.get(kommunenummer.substring(0, 2));
    return fylke == null ? "Statsforvalteren" : "Statsforvalteren i " + fylke;
  }
}
