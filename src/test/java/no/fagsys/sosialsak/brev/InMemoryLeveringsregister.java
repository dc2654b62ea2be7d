package no.fagsys.sosialsak.brev;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The delivery record of plain process tests (the application uses {@link JdbcLeveringsregister}). */
public class InMemoryLeveringsregister implements Leveringsregister {

  private final List<Levering> leveringer = new CopyOnWriteArrayList<>();

  @Override
  public void registrer(Levering levering) {
    if (finn(levering.brevId()).isPresent()) {
      throw new IllegalStateException("Brev " + levering.brevId() + " er allerede levert");
    }
    leveringer.add(levering);
  }

  @Override
  public Optional<Levering> finn(String brevId) {
    return leveringer.stream().filter(l -> l.brevId().equals(brevId)).findFirst();
  }

  @Override
  public Optional<Levering> vedtaksbrev(String vedtakId) {
    return leveringer.stream().filter(l -> l.type() == BrevType.VEDTAK && vedtakId.equals(l.vedtakId()))
        .min(Comparator.comparing(Levering::sendt));
  }
}
