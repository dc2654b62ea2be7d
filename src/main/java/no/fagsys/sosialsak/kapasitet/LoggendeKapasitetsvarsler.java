package no.fagsys.sosialsak.kapasitet;

import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The in-process reminder: logs it (municipality and quarter only, no personal data). */
@Component
public class LoggendeKapasitetsvarsler implements Kapasitetsvarsler {

  private static final Logger LOG = LoggerFactory.getLogger(LoggendeKapasitetsvarsler.class);

  @Override
  public void purring(String kvartal, String kommunenummer, LocalDate frist) {
    LOG.info("Kapasitetskartlegging {}: purring til kommune {}, frist {}", kvartal, kommunenummer, frist);
  }
}
