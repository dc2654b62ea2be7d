package no.fagsys.sosialsak.brev;

/**
 * The outgoing interface for letters (to the party's digital mailbox or by post). Called once per letter after the
 * transaction that stored it has committed ({@link BrevutsendingEtterCommit}), so a rolled back step sends nothing.
 * The application's implementation, {@link LoggendeBrevutsending}, is an in-process stand-in for the mailbox and
 * post integrations: it delivers at once and reports the delivery as the integration would.
 */
public interface Brevutsending {

  /** Sends the letter and reports how and when it reached (or, by post, will be taken to reach) the recipient. */
  Levering send(Brev brev);
}
