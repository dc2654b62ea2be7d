package no.fagsys.sosialsak.vedtak;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The decision register of the plain process tests (the application uses {@link JdbcVedtakRegister}). */
public class InMemoryVedtakRegister implements VedtakRegister {

  private final Map<String, Vedtak> vedtak = new ConcurrentHashMap<>();

  @Override
  public void lagre(Vedtak v) {
    if (vedtak.putIfAbsent(v.id(), v) != null) {
      throw new IllegalStateException("vedtak " + v.id() + " finnes allerede");
    }
  }

  @Override
  public Optional<Vedtak> finn(String id) {
    return Optional.ofNullable(vedtak.get(id));
  }

  @Override
  public List<Vedtak> finnForSak(String saksnummer) {
    return vedtak.values().stream().filter(v -> v.saksnummer().equals(saksnummer))
        .sorted(Comparator.comparing(Vedtak::opprettet).thenComparing(Vedtak::id)).toList();
  }

  private final List<UtsattIverksettelse> utsatt = new java.util.concurrent.CopyOnWriteArrayList<>();

  @Override
  public void registrerUtsattIverksettelse(UtsattIverksettelse u) {
    if (!vedtak.containsKey(u.vedtakId())) {
      throw new UgyldigVedtakException("Vedtaket " + u.vedtakId() + " finnes ikke (vedtakId).");
    }
    utsatt.add(u);
  }

  @Override
  public List<UtsattIverksettelse> utsattIverksettelse(String vedtakId) {
    return utsatt.stream().filter(u -> u.vedtakId().equals(vedtakId)).toList();
  }

  public List<Vedtak> alle() {
    return List.copyOf(vedtak.values());
  }
}
