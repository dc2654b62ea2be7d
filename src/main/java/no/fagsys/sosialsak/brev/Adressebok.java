package no.fagsys.sosialsak.brev;

import java.util.List;
import java.util.Optional;

/**
 * Where letters go and where the citizen writes back: the applicant's name and postal address by the case's
 * pseudonymous reference (in production the national population register, Folkeregisteret, through the municipality's
 * integration; here {@link KonfigurertAdressebok}), and the postal address of each municipality's office.
 */
public interface Adressebok {

  /** The person with this reference, when the register knows them. */
  Optional<Postadresse> person(String sokerReferanse);

  /** The address lines of the municipality's office (without its name), empty when none is configured. */
  List<String> kontoradresse(String kommunenummer);

  /** Knows nobody and no office: letters fall back to the reference and the office's name. */
  static Adressebok tom() {
    return new Adressebok() {
      @Override
      public Optional<Postadresse> person(String sokerReferanse) {
        return Optional.empty();
      }

      @Override
      public List<String> kontoradresse(String kommunenummer) {
        return List.of();
      }
    };
  }
}
