package no.fagsys.sosialsak.brev;

import java.util.Optional;

/**
 * Where produced letters are written ({@link JdbcBrevArkiv} in the application, an in-memory one in plain process
 * tests). Called from the engine, so the letter is saved in the engine's transaction.
 */
public interface BrevLager {

  void lagre(Brev brev);

  /**
   * The decision letter of a decision, if it has one: there is at most one ({@code brev.vedtaksbrev_for} is unique in
   * the database).
   */
  Optional<Brev> vedtaksbrev(String vedtakId);
}
