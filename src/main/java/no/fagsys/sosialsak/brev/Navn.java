package no.fagsys.sosialsak.brev;

import java.util.List;
import java.util.Optional;

/** Names and addresses printed in letters: of the users who sign, of the sending office and of the party. */
public interface Navn {

  /** The user's full name, or the id when no name is known. */
  String bruker(String brukerId);

  /** The sending office of the municipality, e.g. {@code Nav Melhus}. */
  String kontor(String kommunenummer);

  /**
   * The party of the case (the applicant, who is also the complainant and the recipient of every decision in it): by
   * the reference when given, otherwise the application's reference found by the case number; empty when unknown.
   */
  default Optional<Postadresse> part(String saksnummer, String sokerReferanse) {
    return Optional.empty();
  }

  /** The office with its postal address, where a complaint or a reply is sent: {@code Nav Melhus, Rådhusvegen 1, …}. */
  default String kontorMedAdresse(String kommunenummer) {
    return kontor(kommunenummer);
  }

  /**
   * The recipient's lines: the party's name and address when known, otherwise {@code fallback} (e.g.
   * {@code Til klageren}), or {@code Til søker <reference>} when only the reference is known.
   */
  default List<String> mottaker(String saksnummer, String sokerReferanse, String fallback) {
    Optional<Postadresse> part = part(saksnummer, sokerReferanse);
    if (part.isPresent()) {
      return part.get().utskrift();
    }
    if (sokerReferanse != null) {
      return List.of("Til søker " + sokerReferanse);
    }
    return fallback == null ? List.of() : List.of(fallback);
  }

  /** No look-up: user ids as they are, the office by municipality number. */
  static Navn ids() {
    return new Navn() {
      @Override
      public String bruker(String brukerId) {
        return brukerId;
      }

      @Override
      public String kontor(String kommunenummer) {
        return "Nav kommune " + kommunenummer;
      }
    };
  }
}
