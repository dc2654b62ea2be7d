package no.fagsys.sosialsak.brev;

/**
 * Where produced letters are written ({@link JdbcBrevArkiv} in the application, an in-memory one in plain process
 * tests). Called from the engine, so the letter is saved in the engine's transaction.
 */
public interface BrevLager {

  void lagre(Brev brev);
}
