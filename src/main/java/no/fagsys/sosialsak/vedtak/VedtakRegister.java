package no.fagsys.sosialsak.vedtak;

import java.util.List;
import java.util.Optional;

/** Where issued decisions are kept: the table {@code vedtak} ({@link JdbcVedtakRegister}). */
public interface VedtakRegister {

  void lagre(Vedtak vedtak);

  Optional<Vedtak> finn(String id);

  /** The case's decisions, oldest first. */
  List<Vedtak> finnForSak(String saksnummer);

  /** Records a decided request for deferred implementation (fvl. § 42) on its decision, which must exist. */
  void registrerUtsattIverksettelse(UtsattIverksettelse beslutning);

  /** The decision's deferred-implementation decisions, oldest first. */
  List<UtsattIverksettelse> utsattIverksettelse(String vedtakId);
}
