package no.fagsys.sosialsak.soknad;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers from table {@code saksnummer_teller} (Liquibase {@code 003-saksnummer}). The counter row of a
 * municipality and year is created in a transaction of its own (a concurrent creator's duplicate is ignored), then
 * incremented inside the caller's transaction: the row lock serialises concurrent applications, and a rolled-back
 * application gives its number back without a gap in committed cases.
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
