package no.fagsys.sosialsak.brev;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Hands each produced letter to {@link Brevutsending} once the engine's transaction that stored it has committed. */
@Component
public class BrevutsendingEtterCommit {

  private final BrevArkiv arkiv;
  private final Brevutsending utsending;

  public BrevutsendingEtterCommit(BrevArkiv arkiv, Brevutsending utsending) {
    this.arkiv = arkiv;
    this.utsending = utsending;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  public void produsert(BrevProdusert hendelse) {
    arkiv.finn(hendelse.brevId()).ifPresent(utsending::send);
  }
}
