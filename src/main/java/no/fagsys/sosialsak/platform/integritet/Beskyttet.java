package no.fagsys.sosialsak.platform.integritet;

import java.util.Set;

/**
 * The protected variables: facts of record that the product computes or takes from the engine, and that no user may
 * set through any API (start, completion, form submission, the variable endpoints, messages, signals, modification,
 * migration). {@link Skrivevakt} refuses a request that writes one, naming it; a start form may declare
 * {@code kommunenummer} and {@code vedtakId} (which municipality a case is for, which decision is complained about),
 * and the application's start form who applied and when ({@code sokerReferanse}, {@code soknadsdato}: the party
 * every letter of the case is addressed to, and the day deadlines and letters count from); its start listener checks
 * them; a task form may show one read-only, and Tasklist then sends it back unchanged.
 *
 * <p>The list: the case's identity, who drafted, approved or sent back a decision, the decision's id, dates and
 * letters, every result of a decision table (and its reasons), and the deadlines the process computes.
 * {@code IntegritetRegelTest} fails when a decision table's output in a model is missing here.
 */
public final class Beskyttet {

  private Beskyttet() {}

  public static final Set<String> NAVN = Set.of(
      // The case's identity (business key, tenant) and the decision's record.
      "saksnummer", "kommunenummer", "sokerReferanse", "soknadsdato", "vedtakId", "vedtaksbrevId", "vedtaksdato", "klagefrist", "vedtakGjelder",
      "erstatterVedtakId", "utformetAv", "utformetAvNavn", "godkjentAv", "sendtTilbakeAv", "sendtTilbakeAvNavn",
      "tjenesteNavn", "kommuneNavn", "utkastSjekksum", "saksstatus", "utfall",
      "brev", "nyttVedtakId", "statsforvalterensVedtakId", "oversendelsesbrevId", "forelopigSvarBrevId",
      "forhandsvarselBrevId", "forhandsvarselSendt", "paklagetVedtakId", "paklagetVedtaksdato",
      "paklagetKlagefrist", "innenforKlagefrist", "merEnnEttArSidenVedtaket", "oversendtStatsforvalteren",
      "vilkarsbruddSak", "brytesVedtakId", "delvisEndretVedtakId", "trukketDato", "endeligRett", "skjonnsutovelse",
      // Results of the decision tables and their reasons.
      "tabellRett", "tabellBegrunnelse", "tabellHjemmel", "ansvarligKommune", "viErAnsvarligKommune", "ansvarligKommuneBegrunnelse",
      "ansvarligKommuneHjemmel", "aktivitetsvilkar", "opplaeringsvilkar", "vilkarBegrunnelse", "rettParagraf18",
      "tilgang", "tilgangBegrunnelse", "tilgangHjemmel", "tillattKonsekvens", "konsekvensBegrunnelse",
      "konsekvensHjemmel", "vilkarGyldig", "vilkarGyldigBegrunnelse", "klagevurderingUtfall",
      "klagevurderingBegrunnelse", "klagevurderingHjemmel", "avvisningBegrunnelse", "avvisningHjemmel",
      "vedtakForslagUtfall", "vedtakForslagHjemmel", "beregningsdato", "satsEnslig", "satsPar", "satsBofellesskap",
      "satsBarn0til5", "satsBarn6til10", "satsBarn11til17", "satserGyldigFra",
      "grunnbelop", "grunnbelopGyldigFra", "grunnbelopBeregningsdato", "kvalifiseringsstonadPerAr",
      "kvalifiseringsstonadPerManed", "kvalifiseringsstonadBeregning", "programEndringForslag", "programEndringHjemmel",
      "stonadEndringForslag", "stonadEndringHjemmel", "botilbudStansForslag", "botilbudStansHjemmel",
      "botilbudStansTilVurdering",
      // Deadlines and dates the process computes.
      "saksbehandlingsfrist", "forelopigSvarFrist", "hastesakFrist", "stonadsperiodeSlutt", "programSlutt",
      "kvpSisteOppstart", "botilbudMaksdato", "botilbudGjennomgang", "svarfristTidspunkt", "statsforvalterenFrist",
      "oppgavefrist", "purringTidspunkt", "fristUtlop", "forlengetManederTotalt", "haster", "vedtakFristSammeDag",
      "vedtakSammeDag", "introForlengelseSlutt");

  /**
   * Protected names the product's models themselves maintain by expression ({@code execution.setVariable}): the
   * case's status, the dismissal's reasons, the part of a complaint forwarded after a partial change, and access
   * for a Norwegian citizen (§ 2's regulation does not apply, so the model answers without the table), and whether a
   * stop of temporary housing is already being considered. Users still cannot set them; a model may.
   */
  public static final Set<String> SATT_AV_MODELLEN = Set.of("saksstatus", "utfall", "avvisningBegrunnelse",
      "avvisningHjemmel", "delvisEndretVedtakId", "tilgang", "tilgangBegrunnelse", "tilgangHjemmel",
      "botilbudStansTilVurdering");

  /** Protected names a start form may declare: its start listener validates them. */
  public static final Set<String> TILLATT_VED_START = Set.of("kommunenummer", "vedtakId", "sokerReferanse",
      "soknadsdato");

  public static boolean er(String navn) {
    return NAVN.contains(navn);
  }
}
