package no.fagsys.sosialsak.arkiv;

import java.util.Optional;

/**
 * The municipality's Noark 5 archive, as the outbox hands it one {@link Arkivmelding} at a time (in the order the case
 * produced them). Two implementations: {@link MappeArkiv}, a folder per message (the default while Fiks IO is not
 * reachable), and {@link FiksIoArkiv}, the place where a Fiks IO sender plugs in (docs/arkiv.md).
 *
 * <p>An implementation must be idempotent by {@link Arkivmelding#noekkel()}: the outbox may hand over the same
 * message again when a job failed after the archive had received it, and the archive then answers with the receipt
 * it already gave (Fiks Arkiv: the archive recognises the message by its {@code referanseEksternNoekkel}).
 */
public interface Arkiv {

  /**
   * Delivers the message. Throws when it could not be delivered (the job is retried, then left with an incident).
   *
   * @return the archive's receipt when it answers at once; empty when the receipt comes later (Fiks IO), and is then
   *     registered with {@link ArkivUtboksRegister#kvittert(Arkivkvittering)}
   */
  Optional<Arkivkvittering> arkiver(Arkivmelding melding);
}
