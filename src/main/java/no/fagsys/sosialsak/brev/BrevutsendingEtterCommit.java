package no.fagsys.sosialsak.brev;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands each produced letter to {@link Brevutsending} once the engine's transaction that stored it has committed, and
 * records the delivery it reports ({@link Leveringsregister}): the day the letter reached the party is a fact of
 * record the complaint deadline is counted from (forvaltningsloven § 29).
 */
@Component
public class BrevutsendingEtterCommit {

  private static final Logger LOG = LoggerFactory.getLogger(BrevutsendingEtterCommit.class);

  private final BrevArkiv arkiv;
  private final Brevutsending utsending;
  private final Leveringsregister leveringer;

  public BrevutsendingEtterCommit(BrevArkiv arkiv, Brevutsending utsending, Leveringsregister leveringer) {
    this.arkiv = arkiv;
    this.utsending = utsending;
    this.leveringer = leveringer;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  public void produsert(BrevProdusert hendelse) {
    arkiv.finn(hendelse.brevId()).ifPresent(brev -> {
      Levering levering = utsending.send(brev);
      if (levering != null) {
        leveringer.registrer(levering);
      } else {
        LOG.warn("Sak {}: brev {} ble ikke levert; klagefristen løper ikke før det er levert", brev.saksnummer(),
            brev.id());
      }
    });
  }
}
