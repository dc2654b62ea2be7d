package no.fagsys.sosialsak.brev;

/** Names printed in letters: of the users who sign and of the sending office. */
public interface Navn {

  /** The user's full name, or the id when no name is known. */
  String bruker(String brukerId);

  /** The sending office of the municipality, e.g. {@code Nav Melhus}. */
  String kontor(String kommunenummer);

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
