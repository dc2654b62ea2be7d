package no.fagsys.sosialsak.brev;

import java.util.List;
import java.util.Optional;

/**
 * The letters stored with the cases. Reading does no access check: the caller (the domain API) decides first
 * whether the current user may see the case.
 */
public interface BrevArkiv {

  Optional<Brev> finn(String brevId);

  /**
   * The letters of a case and of its complaints and condition breaches: every letter whose {@code saksnummer} is
   * the given case number or starts with it followed by {@code -}; oldest first.
   */
  List<Brev> forSak(String saksnummer);

  /** As {@link #forSak}, without the documents (an empty {@code pdf}): what the case has, not what it says. */
  default List<Brev> oversikt(String saksnummer) {
    return forSak(saksnummer);
  }
}
