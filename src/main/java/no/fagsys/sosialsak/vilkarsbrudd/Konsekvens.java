package no.fagsys.sosialsak.vilkarsbrudd;

import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values.ANNEN_ENDRING;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values.INGEN;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values.KONSEKVENSER;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values.REDUKSJON;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values.TILLATT_ANNEN_ENDRING;
import static no.fagsys.sosialsak.vilkarsbrudd.VilkarsbruddProcess.Values.TILLATT_REDUKSJON_ELLER_ANNEN_ENDRING;

import java.util.Optional;

/**
 * Whether a consequence the caseworker chooses lies within what {@code konsekvensVedVilkarsbrudd} allows
 * (sosialtjenesteloven § 20 third paragraph): none is always possible; another change when the table allows a
 * consequence; a reduction only when the decision told the recipient a breach could reduce the support.
 */
final class Konsekvens {

  private Konsekvens() {}

  /** A Norwegian sentence naming the field when {@code valgt} is not allowed, empty when it is. */
  static Optional<String> problem(String field, String valgt, String tillatt) {
    if (valgt == null || valgt.isBlank()) {
      return Optional.of(field + ": velg konsekvens (" + String.join(", ", KONSEKVENSER) + ")");
    }
    if (!KONSEKVENSER.contains(valgt)) {
      return Optional.of(field + ": ugyldig verdi '" + valgt + "', gyldige verdier er " + KONSEKVENSER);
    }
    if (INGEN.equals(valgt)) {
      return Optional.empty();
    }
    boolean tillattAnnen = TILLATT_ANNEN_ENDRING.equals(tillatt) || TILLATT_REDUKSJON_ELLER_ANNEN_ENDRING.equals(tillatt);
    if (ANNEN_ENDRING.equals(valgt) && !tillattAnnen) {
      return Optional.of(field + ": bruddet kan ikke få konsekvens (tillatt konsekvens er " + tillatt + ")");
    }
    if (REDUKSJON.equals(valgt) && !TILLATT_REDUKSJON_ELLER_ANNEN_ENDRING.equals(tillatt)) {
      return Optional.of(field + ": stønaden kan ikke reduseres fordi vedtaket ikke informerte om at brudd på "
          + "vilkåret kan føre til reduksjon (tillatt konsekvens er " + tillatt + ")");
    }
    return Optional.empty();
  }
}
