package no.fagsys.sosialsak.soknad;

/**
 * The form of economic support (sosialtjenesteloven § 21, SPEC § 4.4): a grant, a loan, a guarantee, or goods and
 * services. A loan states its terms (how it is repaid), a guarantee what it covers and when it lapses; both are quoted
 * in the decision.
 */
enum Stonadsform {
  BIDRAG("bidrag"),
  LAN("lån"),
  GARANTI("garanti for lån"),
  VARER_OG_TJENESTER("varer og tjenester");

  private final String tekst;

  Stonadsform(String tekst) {
    this.tekst = tekst;
  }

  boolean krevervilkar() {
    return this == LAN || this == GARANTI;
  }

  String vilkarMangler() {
    return this == LAN
        ? "stønad som lån må ha lånevilkår: skriv nedbetalingsplanen (beløp, når nedbetalingen begynner og slutter)"
        : "stønad som garanti må ha vilkår: skriv hva garantien dekker og når den faller bort";
  }

  /** The sentence the decision states: the form, with a loan's or a guarantee's terms. */
  String tekst(String vilkar) {
    String form = "Stønaden gis som " + tekst + " (sosialtjenesteloven § 21).";
    return switch (this) {
      case LAN -> form + " Vilkår for lånet (nedbetalingsplan): " + vilkar;
      case GARANTI -> form + " Vilkår for garantien: " + vilkar;
      default -> form;
    };
  }
}
