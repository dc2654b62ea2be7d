package no.fagsys.sosialsak.vedtak;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued decision (enkeltvedtak), as stored in the table {@code vedtak}. Enumerated values are the contract's
 * Strings ({@link VedtakProcess.Values}). Optional fields are {@code null} when they do not apply.
 *
 * @param vedtaksdato the day the decision was made (the engine clock's day in Norway)
 * @param klagefrist the last day to complain, counted from {@code vedtaksdato} (see {@link FattVedtakDelegate})
 * @param erstatterVedtakId the decision this one replaces (a complaint upheld, a condition breach), if any
 * @param stonadBelopPerManed economic support granted: the amount per month (kr), as fixed in {@code Task_FastsettStonad}
 * @param stonadsperiodeFra economic support granted: the first day of the support period
 * @param stonadsperiodeTil economic support granted: the last day of the support period
 */
public record Vedtak(
    String id,
    String saksnummer,
    String kommunenummer,
    String prosessinstansId,
    String tjeneste,
    String vedtakGjelder,
    String utfall,
    String hjemmel,
    String begrunnelse,
    String relevanteOpplysninger,
    String begrensning,
    String vurderingBarnetsBeste,
    LocalDate vedtaksdato,
    LocalDate klagefrist,
    String stonadsform,
    String lanevilkar,
    String vilkar,
    Boolean informertOmReduksjon,
    String utformetAv,
    String godkjentAv,
    String erstatterVedtakId,
    Instant opprettet,
    Integer stonadBelopPerManed,
    LocalDate stonadsperiodeFra,
    LocalDate stonadsperiodeTil) {

  /** A decision without an amount of economic support (every other service, a refusal, a complaint's decision). */
  public Vedtak(String id, String saksnummer, String kommunenummer, String prosessinstansId, String tjeneste,
      String vedtakGjelder, String utfall, String hjemmel, String begrunnelse, String relevanteOpplysninger,
      String begrensning, String vurderingBarnetsBeste, LocalDate vedtaksdato, LocalDate klagefrist,
      String stonadsform, String lanevilkar, String vilkar, Boolean informertOmReduksjon, String utformetAv,
      String godkjentAv, String erstatterVedtakId, Instant opprettet) {
    this(id, saksnummer, kommunenummer, prosessinstansId, tjeneste, vedtakGjelder, utfall, hjemmel, begrunnelse,
        relevanteOpplysninger, begrensning, vurderingBarnetsBeste, vedtaksdato, klagefrist, stonadsform, lanevilkar,
        vilkar, informertOmReduksjon, utformetAv, godkjentAv, erstatterVedtakId, opprettet, null, null, null);
  }

  /**
   * Whether the decision can be complained about: not a decision Statsforvalteren made in a complaint case
   * (fvl. § 28 third paragraph), which is stored with its complaint deadline on its own decision date.
   */
  public boolean kanPaklages() {
    return klagefrist.isAfter(vedtaksdato);
  }
}
