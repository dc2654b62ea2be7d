package no.fagsys.sosialsak.kapasitet;

import java.time.LocalDateTime;

/** A municipality asked to report in a survey, and how far it has come. */
public record Deltaker(
    String kommunenummer,
    String navn,
    Status status,
    LocalDateTime purretTid,
    LocalDateTime levertTid) {

  public enum Status {
    /** Asked, not yet reported, deadline not passed. */
    VENTER,
    /** Reported. */
    LEVERT,
    /** The deadline passed without a report (late). */
    IKKE_LEVERT
  }
}
