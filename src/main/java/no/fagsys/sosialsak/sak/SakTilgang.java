package no.fagsys.sosialsak.sak;

import static no.fagsys.sosialsak.platform.access.Roles.LEDER;
import static no.fagsys.sosialsak.platform.access.Roles.REVISOR;
import static no.fagsys.sosialsak.platform.access.Roles.SAKSBEHANDLER;
import static no.fagsys.sosialsak.platform.access.Roles.STATSFORVALTEREN;

import no.fagsys.sosialsak.api.ApiProblem;
import no.fagsys.sosialsak.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a case through the domain API (SPEC § 5), in one place:
 * <ul>
 *   <li>a case of a municipality the user does not belong to (tenant), or one that does not exist: 404, the same
 *       answer, so nobody learns that another municipality's case exists;</li>
 *   <li>submit (a new application, a complaint, a breach, a statement, a withdrawal): caseworkers ({@code saksbehandler},
 *       {@code leder}) of the case's municipality, who register on behalf of the citizen;</li>
 *   <li>read (the case, its timeline, its letters): those caseworkers and the auditor ({@code revisor}); Statsforvalteren
 *       only a case with a complaint forwarded to it (otherwise 404: it sees nothing else);</li>
 *   <li>anyone else of the municipality (e.g. {@code prosesseier}): 403.</li>
 * </ul>
 */
@Component
public class SakTilgang {

  static final String FINNES_IKKE = "Fant ingen sak med det saksnummeret.";

  private final SakRegister saker;
  private final CurrentUser currentUser;

  public SakTilgang(SakRegister saker, CurrentUser currentUser) {
    this.saker = saker;
    this.currentUser = currentUser;
  }

  /**
   * Whether the current user may read any case at all (the case's own office, the auditor, Statsforvalteren for a
   * forwarded complaint): what a menu asks before it offers reading; {@link #lese} still decides each case.
   */
  public boolean kanLeseSaker() {
    return currentUser.isMemberOfAny(SAKSBEHANDLER, LEDER, REVISOR, STATSFORVALTEREN);
  }

  /** The case, if the current user may read it. */
  public Sak lese(String saksnummer) {
    Sak sak = synlig(saksnummer);
    if (currentUser.isMemberOfAny(SAKSBEHANDLER, LEDER, REVISOR)) {
      return sak;
    }
    if (currentUser.isMemberOf(STATSFORVALTEREN)) {
      if (saker.harKlageOversendtStatsforvalteren(sak.hovedsaksnummer())) {
        return sak;
      }
      throw ApiProblem.ikkeFunnet(FINNES_IKKE);
    }
    throw ApiProblem.ikkeTilgang("Du har ikke tilgang til saker i domene-API-et.");
  }

  /** The case, if the current user may submit something on it. */
  public Sak skrive(String saksnummer) {
    Sak sak = synlig(saksnummer);
    if (currentUser.isMemberOfAny(SAKSBEHANDLER, LEDER)) {
      return sak;
    }
    if (currentUser.isMemberOf(STATSFORVALTEREN) && !saker.harKlageOversendtStatsforvalteren(sak.hovedsaksnummer())) {
      throw ApiProblem.ikkeFunnet(FINNES_IKKE);
    }
    throw ApiProblem.ikkeTilgang("Bare saksbehandlere og ledere i kommunen kan registrere noe på saken.");
  }

  /** Refuses a new application for a municipality the user may not register for. */
  public void opprette(String kommunenummer) {
    if (!currentUser.isMemberOfAny(SAKSBEHANDLER, LEDER)) {
      throw ApiProblem.ikkeTilgang("Bare saksbehandlere og ledere kan registrere søknader.");
    }
    if (!currentUser.belongsTo(kommunenummer)) {
      throw ApiProblem.ikkeTilgang("Du kan bare registrere søknader for din egen kommune.");
    }
  }

  private Sak synlig(String saksnummer) {
    if (!Sak.erSaksnummer(saksnummer)) {
      throw ApiProblem.ikkeFunnet(FINNES_IKKE);
    }
    Sak sak = saker.finn(saksnummer).orElseThrow(() -> ApiProblem.ikkeFunnet(FINNES_IKKE));
    if (!currentUser.belongsTo(sak.kommunenummer())) {
      throw ApiProblem.ikkeFunnet(FINNES_IKKE);
    }
    return sak;
  }
}
