package no.fagsys.sosialsak.kapasitet;

import java.time.LocalDate;

/**
 * Sends the reminder to a municipality that has not yet reported. The product's implementation is in-process
 * ({@link LoggendeKapasitetsvarsler}: the reminder is recorded and logged, and the open task is in the municipality's
 * Tasklist with its due date); an e-mail or Altinn notifier can replace it as a {@code @Primary} bean.
 */
public interface Kapasitetsvarsler {

  void purring(String kvartal, String kommunenummer, LocalDate frist);
}
