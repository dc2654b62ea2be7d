package no.fagsys.sosialsak.platform.access;

/** The product's groups (SPEC § 5). Candidate groups in the models use these ids. */
public final class Roles {

  public static final String SAKSBEHANDLER = "saksbehandler";
  public static final String LEDER = "leder";
  public static final String STATSFORVALTEREN = "statsforvalteren";
  public static final String REVISOR = "revisor";
  public static final String PROSESSEIER = "prosesseier";
  /** Camunda's own administrator group: members bypass authorization and tenant checks. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private Roles() {}
}
