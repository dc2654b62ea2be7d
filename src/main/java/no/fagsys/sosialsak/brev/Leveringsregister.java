package no.fagsys.sosialsak.brev;

import java.util.Optional;

/** Where letter deliveries are recorded ({@link JdbcLeveringsregister}, table {@code brev_levering}). */
public interface Leveringsregister {

  void registrer(Levering levering);

  Optional<Levering> finn(String brevId);

  /** The delivery of the decision's letter ({@link BrevType#VEDTAK}), if it has been delivered. */
  Optional<Levering> vedtaksbrev(String vedtakId);
}
