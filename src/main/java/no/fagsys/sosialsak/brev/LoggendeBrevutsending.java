package no.fagsys.sosialsak.brev;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Stands in for a mail or digital-mailbox integration: logs that the letter would be sent (no personal data). */
@Component
public class LoggendeBrevutsending implements Brevutsending {

  private static final Logger LOG = LoggerFactory.getLogger(LoggendeBrevutsending.class);

  @Override
  public void send(Brev brev) {
    LOG.info("Sak {}: brev {} ({}, {}) er lagret; utsending til mottaker er ikke bygget, brevet er ikke sendt",
        brev.saksnummer(), brev.id(), brev.type(), brev.filnavn());
  }
}
