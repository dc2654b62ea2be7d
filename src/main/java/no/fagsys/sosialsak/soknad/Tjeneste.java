package no.fagsys.sosialsak.soknad;

/** The services an application can be for (SPEC § 3.4), with the legal basis a decision cites. */
public enum Tjeneste {
  OPPLYSNING_RAD_VEILEDNING("sosialtjenesteloven § 17"),
  OKONOMISK_STONAD("sosialtjenesteloven §§ 18 og 19"),
  MIDLERTIDIG_BOTILBUD("sosialtjenesteloven § 27"),
  INDIVIDUELL_PLAN("sosialtjenesteloven § 28"),
  KVALIFISERINGSPROGRAM("sosialtjenesteloven § 29"),
  INTRODUKSJONSPROGRAM_FORLENGELSE("integreringsloven");

  private final String hjemmel;

  Tjeneste(String hjemmel) {
    this.hjemmel = hjemmel;
  }

  public String hjemmel() {
    return hjemmel;
  }

  /**
   * Whether the service is one of sosialtjenesteloven, and so filtered by its § 3 (which office) and § 2 (residence).
   * An extension of the introduction programme is an integreringsloven matter with its own path (reading L16).
   */
  public boolean etterSosialtjenesteloven() {
    return this != INTRODUKSJONSPROGRAM_FORLENGELSE;
  }

  /** Temporary housing is assessed the same day it is applied for (seed 004, § 27). */
  public boolean vurderesSammeDag() {
    return this == MIDLERTIDIG_BOTILBUD;
  }
}
