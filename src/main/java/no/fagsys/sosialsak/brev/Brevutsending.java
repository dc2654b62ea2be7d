package no.fagsys.sosialsak.brev;

/**
 * The outgoing interface for letters (to the party's digital mailbox or by post). No integration is built yet: the
 * application's one implementation, {@link LoggendeBrevutsending}, only logs. Called once per letter after the
 * transaction that stored it has committed ({@link BrevutsendingEtterCommit}), so a rolled back step sends nothing.
 */
public interface Brevutsending {

  void send(Brev brev);
}
