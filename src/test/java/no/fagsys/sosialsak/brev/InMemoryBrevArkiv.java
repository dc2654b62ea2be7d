package no.fagsys.sosialsak.brev;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The letter store and event recorder of plain process tests (the application uses {@link JdbcBrevArkiv} and Spring's
 * events). Like the JDBC store in the engine's transaction, what is saved inside an engine command counts only once
 * the command commits: a rolled back command leaves no letter and no event behind.
 */
public class InMemoryBrevArkiv implements BrevArkiv, BrevLager {

  private final List<Brev> brev = new CopyOnWriteArrayList<>();
  private final List<BrevProdusert> hendelser = new CopyOnWriteArrayList<>();

  @Override
  public synchronized void lagre(Brev b) {
    // As the database's unique brev.vedtaksbrev_for: one decision letter per decision.
    if (b.type() == BrevType.VEDTAK && vedtaksbrev(b.vedtakId()).isPresent()) {
      throw new IllegalStateException("Vedtak " + b.vedtakId() + " har allerede et vedtaksbrev");
    }
    etterCommit(() -> brev.add(b));
  }

  @Override
  public Optional<Brev> vedtaksbrev(String vedtakId) {
    return brev.stream().filter(b -> b.type() == BrevType.VEDTAK && b.vedtakId().equals(vedtakId)).findFirst();
  }

  /** The publisher the producer is given in plain tests. */
  public void publiser(Object hendelse) {
    if (hendelse instanceof BrevProdusert produsert) {
      etterCommit(() -> hendelser.add(produsert));
    }
  }

  private static void etterCommit(Runnable handling) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      handling.run();
    } else {
      command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, c -> handling.run());
    }
  }

  @Override
  public Optional<Brev> finn(String brevId) {
    return brev.stream().filter(b -> b.id().equals(brevId)).findFirst();
  }

  @Override
  public List<Brev> forSak(String saksnummer) {
    return brev.stream().filter(b -> b.saksnummer().equals(saksnummer) || b.saksnummer().startsWith(saksnummer + "-"))
        .sorted(Comparator.comparing(Brev::produsert).thenComparing(Brev::id)).toList();
  }

  public List<Brev> alle() {
    return List.copyOf(brev);
  }

  public List<BrevProdusert> hendelser() {
    return List.copyOf(hendelser);
  }
}
