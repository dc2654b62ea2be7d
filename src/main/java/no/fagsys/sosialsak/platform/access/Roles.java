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
  /** Alias of {@link #CAMUNDA_ADMIN}: the administrators. */
  public static final String ADMIN = CAMUNDA_ADMIN;
  /** Groups that read and never write: a user whose groups are all here changes nothing through any API. */
  public static final java.util.Set<String> LESETILGANG = java.util.Set.of(REVISOR);

  private Roles() {}
}
