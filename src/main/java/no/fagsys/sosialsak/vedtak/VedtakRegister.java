package no.fagsys.sosialsak.vedtak;

import java.util.List;
import java.util.Optional;

/** Where issued decisions are kept: the table {@code vedtak} ({@link JdbcVedtakRegister}). */
public interface VedtakRegister {

  void lagre(Vedtak vedtak);

  Optional<Vedtak> finn(String id);

  /**
   * Whether the decision exists and belongs to another application than {@code hovedsaksnummer}: a complaint or a
   * breach report may only name a decision of its own case (an unknown id is left to the process's own checks).
   */
  default boolean horerTilAnnenSak(String vedtakId, String hovedsaksnummer) {
    return finn(vedtakId).filter(v -> !hovedsaksnummer.equals(v.saksnummer())).isPresent();
  }

  /** The case's decisions, oldest first. */
  List<Vedtak> finnForSak(String saksnummer);

  /** Records a decided request for deferred implementation (fvl. § 42) on its decision, which must exist. */
  void registrerUtsattIverksettelse(UtsattIverksettelse beslutning);

  /** The decision's deferred-implementation decisions, oldest first. */
  List<UtsattIverksettelse> utsattIverksettelse(String vedtakId);
}
