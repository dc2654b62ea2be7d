package no.fagsys.sosialsak.soknad;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Case numbers for plain process tests (the application uses {@link JdbcSaksnummerserie}). */
public class InMemorySaksnummerserie implements Saksnummerserie {

  private final Map<String, Long> counters = new ConcurrentHashMap<>();

  @Override
  public long neste(String kommunenummer, int aar) {
    return counters.merge(kommunenummer + "/" + aar, 1L, Long::sum);
  }
}
