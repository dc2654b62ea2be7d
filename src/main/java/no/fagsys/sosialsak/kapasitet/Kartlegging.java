package no.fagsys.sosialsak.kapasitet;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One quarter's survey as stored: its deadline, status and how many municipalities were asked and have reported. */
public record Kartlegging(
    String kvartal,
    LocalDate frist,
    Status status,
    LocalDateTime apnetTid,
    LocalDateTime avsluttetTid,
    int antallKommuner,
    int antallLevert) {

  public enum Status {
    /** Open: municipalities are reporting. */
    APEN,
    /** All municipalities have reported or passed the deadline; the summary is stored. */
    AVSLUTTET
  }
}
