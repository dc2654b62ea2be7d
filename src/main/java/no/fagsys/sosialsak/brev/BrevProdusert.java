package no.fagsys.sosialsak.brev;

import java.time.Instant;
import java.util.Objects;

/**
 * Published (Spring {@code ApplicationEventPublisher}, synchronously, inside the engine's transaction) when a letter
 * has been produced and stored. Listeners, such as the case's status timeline, record what they need in the same
 * transaction, so a letter and what refers to it are saved together or not at all.
 *
 * @param brevId the stored letter's id
 * @param type which letter
 * @param saksnummer the business key of the process instance that produced it; a complaint ({@code …-K1}) or a
 *     condition breach ({@code …-V1}) carries the application's case number as its prefix
 * @param kommunenummer the municipality (tenant id)
 * @param processInstanceId the process instance that produced it
 * @param vedtakId the decision the letter concerns (issued, complained about or breached), or {@code null}
 * @param utfall the decision's outcome for {@link BrevType#VEDTAK} ({@code INNVILGET}, {@code DELVIS_INNVILGET},
 *     {@code AVSLATT}, {@code AVVIST}), otherwise {@code null}
 * @param tidspunkt when it was produced (engine clock)
 */
public record BrevProdusert(String brevId, BrevType type, String saksnummer, String kommunenummer,
    String processInstanceId, String vedtakId, String utfall, Instant tidspunkt) {

  public BrevProdusert {
    Objects.requireNonNull(brevId, "brevId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(saksnummer, "saksnummer");
    Objects.requireNonNull(kommunenummer, "kommunenummer");
    Objects.requireNonNull(tidspunkt, "tidspunkt");
  }
}
