package no.fagsys.sosialsak.soknad;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers from table {@code saksnummer_teller} (Liquibase {@code 003-saksnummer}), one row per municipality and
 * year. The number is taken in a short transaction of its own (increment, read, commit), not in the caller's: the
 * row lock then lasts a few milliseconds instead of the whole registration of the application, so applications of
 * one municipality registered at the same time do not wait for each other (with the lock held to the caller's commit
 * they were registered one at a time; BENCHMARKS.md has the figures). Numbers are unique and increasing; an
 * application whose registration fails after it got its number leaves a gap in the series, as in an archive's
 * register. The counter row is created the first time, in a transaction of its own too (a concurrent creator's
 * duplicate is ignored). The short transaction borrows a second connection from the pool for a moment while the
 * registration holds its own, as the engine's id-block generator does: the pool ({@code SOSIALSAK_DB_POOL_SIZE}, 20)
 * must be larger than the number of applications registered at the very same moment.
 */
@Component
public class JdbcSaksnummerserie implements Saksnummerserie {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public JdbcSaksnummerserie(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public long neste(String kommunenummer, int aar) {
    Long neste = ownTransaction.execute(status -> taNeste(kommunenummer, aar));
    return neste;
  }

  private long taNeste(String kommunenummer, int aar) {
    if (increment(kommunenummer, aar) == 0) {
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
            "INSERT INTO saksnummer_teller (kommunenummer, aar, siste) VALUES (?, ?, 0)", kommunenummer, aar));
      } catch (DuplicateKeyException createdConcurrently) {
        // another application created the row first: fine, increment it below
      }
      if (increment(kommunenummer, aar) == 0) {
        throw new IllegalStateException("Saksnummerteller for " + kommunenummer + "/" + aar + " mangler");
      }
    }
    Long siste = jdbc.queryForObject(
        "SELECT siste FROM saksnummer_teller WHERE kommunenummer = ? AND aar = ?", Long.class, kommunenummer, aar);
    return siste;
  }

  private int increment(String kommunenummer, int aar) {
    return jdbc.update("UPDATE saksnummer_teller SET siste = siste + 1 WHERE kommunenummer = ? AND aar = ?",
        kommunenummer, aar);
  }
}
