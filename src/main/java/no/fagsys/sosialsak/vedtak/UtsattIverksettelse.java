package no.fagsys.sosialsak.vedtak;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request for deferred implementation of a decision (utsatt iverksettelse, forvaltningsloven § 42) and how it was
 * decided, recorded on the decision it concerns. A decision may have several.
 *
 * @param vedtakId the decision whose implementation is to be deferred
 * @param saksnummer the case (of the process that handled the request)
 * @param begjaertDato the day the request arrived
 * @param innvilget whether implementation is deferred
 * @param begrunnelse the reasons (required)
 * @param besluttetAv the user who decided
 * @param instans who decided: {@code KOMMUNEN} or {@code STATSFORVALTEREN}
 * @param besluttetDato the day it was decided
 */
public record UtsattIverksettelse(String id, String vedtakId, String saksnummer, LocalDate begjaertDato,
    boolean innvilget, String begrunnelse, String besluttetAv, String instans, LocalDate besluttetDato,
    Instant opprettet) {

  public static final String KOMMUNEN = "KOMMUNEN";
  public static final String STATSFORVALTEREN = "STATSFORVALTEREN";
}
