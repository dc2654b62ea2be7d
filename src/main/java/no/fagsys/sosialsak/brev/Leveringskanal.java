package no.fagsys.sosialsak.brev;

/**
 * How a letter reaches its recipient, and so when it counts as received (forvaltningsloven § 29: the complaint
 * deadline runs from the day the decision reached the party).
 */
public enum Leveringskanal {
  /** To the party's digital mailbox: received when it was delivered there (the delivery time is recorded). */
  DIGITAL,
  /**
   * By post: received on the day the office's rule gives from the dispatch date
   * ({@link no.fagsys.sosialsak.frist.Frister#postMottatt(java.time.LocalDate)}).
   */
  POST
}
