package no.fagsys.sosialsak.brev;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stands in for the digital mailbox and post integrations, in process: a letter goes by the office's channel
 * ({@code sosialsak.brev.kanal}, {@code DIGITAL} unless set), is delivered at once (digital: delivered the moment it
 * is sent, by the engine clock; post: handed to the post then, received by the office's rule) and logged without
 * personal data. The delivery it reports is recorded by {@link BrevutsendingEtterCommit}.
 */
@Component
public class LoggendeBrevutsending implements Brevutsending {

  private static final Logger LOG = LoggerFactory.getLogger(LoggendeBrevutsending.class);

  private final Leveringskanal kanal;

  public LoggendeBrevutsending(@Value("${sosialsak.brev.kanal:DIGITAL}") Leveringskanal kanal) {
    this.kanal = kanal;
  }

  @Override
  public Levering send(Brev brev) {
    Instant na = ClockUtil.getCurrentTime().toInstant();
    Levering levering = kanal == Leveringskanal.DIGITAL ? Levering.digital(brev, na, na) : Levering.post(brev, na);
    LOG.info("Sak {}: brev {} ({}, {}) sendt {}, regnes mottatt {}", brev.saksnummer(), brev.id(), brev.type(),
        brev.filnavn(), levering.kanal(), levering.mottatt());
    return levering;
  }
}
