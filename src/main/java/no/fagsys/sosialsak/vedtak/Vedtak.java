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
    Instant opprettet) {

  /**
   * Whether the decision can be complained about: not a decision Statsforvalteren made in a complaint case
   * (fvl. § 28 third paragraph), which is stored with its complaint deadline on its own decision date.
   */
  public boolean kanPaklages() {
    return klagefrist.isAfter(vedtaksdato);
  }
}
